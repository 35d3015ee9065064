//! Numbers written as decimal digits without the `fmt` machinery: the engine prints several
//! dates, periods and (in `law::solidarity`) 128-bit numbers per answer, and `format!` costs
//! both time on every surface and code in the WASM package. Each is tested against the text
//! `format!`/`to_string` gives.

/// Writes `n` (< 10^width) as exactly `out.len()` decimal digits, zero-padded.
pub fn put_digits(out: &mut [u8], n: u32) {
    let mut n = n;
    for b in out.iter_mut().rev() {
        // `n % 10` is a single decimal digit: the cast cannot truncate.
        *b = b'0' + (n % 10) as u8;
        n /= 10;
    }
}

/// `n` in decimal, as `n.to_string()` writes it.
pub fn decimal(mut n: u128) -> String {
    let mut digits = [0u8; 39];
    let mut i = digits.len();
    loop {
        i -= 1;
        // A single decimal digit: the cast cannot truncate.
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    String::from_utf8_lossy(&digits[i..]).into_owned()
}

/// `f` written exactly as `format!("{f}")` writes it: the shortest decimal that reads back as
/// `f`, never with an exponent (`20`, `12.5`, `0.0000001`, `-0`, `NaN`, `inf`), and on an exact
/// tie between two shortest candidates the upper one, as `core::fmt` does.
///
/// Texts which print an `f64` (the recognition rates and thresholds of `law::procedure`, the GDP
/// of `law::solidarity`, a schema minimum) use it, so that they can do so without
/// `core::fmt`'s own float formatting (Grisu and Dragon4 with their tables, ~20 KB of the WASM
/// package, 8.6 KB gzipped), which stays in the package as long as one `{}` of an `f64` is
/// left. The digits come from the formatter `serde_json` already carries for its number
/// output (shortest round-trip digits, ties to even), then the one tie case is corrected.
pub fn decimal_text(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    let Some(number) = serde_json::Number::from_f64(f) else {
        return if f < 0.0 { "-inf" } else { "inf" }.to_owned();
    };
    // serde_json writes e.g. `20.0`, `0.001234`, `1.25e-7`, `1e+21`.
    let written = number.to_string();
    let (negative, written) = match written.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, written.as_str()),
    };
    let (mantissa, exponent) = match written.split_once('e') {
        Some((m, e)) => (m, e.parse::<i64>().unwrap_or(0)),
        None => (written, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all = format!("{int}{frac}");
    let trimmed = all.trim_start_matches('0');
    // The significant digits and the power of ten of the last one: f ≈ digits × 10^last.
    let mut point = len_i64(int) + exponent - (len_i64(&all) - len_i64(trimmed));
    let mut digits = trimmed.trim_end_matches('0').to_owned();
    if !digits.is_empty() && is_upper_tie(f, &digits, point - len_i64(&digits)) {
        // f lies exactly halfway between `digits` and the next number of as many digits:
        // core::fmt takes the upper one.
        let mut bytes = digits.into_bytes();
        let mut i = bytes.len();
        loop {
            if i == 0 {
                bytes.insert(0, b'1');
                point += 1;
                break;
            }
            i -= 1;
            if bytes[i] == b'9' {
                bytes[i] = b'0';
            } else {
                bytes[i] += 1;
                break;
            }
        }
        digits = String::from_utf8(bytes).unwrap_or_default();
        let kept = digits.trim_end_matches('0').len();
        digits.truncate(kept);
    }
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    let len = len_i64(&digits);
    let zeros = |n: i64| "0".repeat(usize::try_from(n).unwrap_or(0));
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.push_str(&zeros(-point));
        out.push_str(&digits);
    } else if point >= len {
        out.push_str(&digits);
        out.push_str(&zeros(point - len));
    } else {
        let (a, b) = digits.split_at(usize::try_from(point).unwrap_or(0));
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

fn len_i64(s: &str) -> i64 {
    i64::try_from(s.len()).unwrap_or(i64::MAX)
}

/// Whether |f| is exactly (D + ½) × 10^k, D the integer written by `digits`: then 2|f| × 10^-k
/// = 2D + 1. With |f| = m × 2^e (m an integer) and m = m' × 2^z (m' odd), both sides factor
/// uniquely: the power of two must vanish (z + e + 1 − k = 0) and the odd parts agree,
/// m' × 5^-k = 2D + 1 for k ≤ 0, m' = (2D + 1) × 5^k for k > 0. Integers only, no rounding.
fn is_upper_tie(f: f64, digits: &str, k: i64) -> bool {
    let bits = f.to_bits();
    let exp_bits = i64::try_from((bits >> 52) & 0x7ff).unwrap_or(0);
    let fraction = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), exp_bits - 1075)
    };
    if m == 0 {
        return false;
    }
    let z = i64::from(m.trailing_zeros());
    if z + e + 1 - k != 0 {
        return false;
    }
    let odd = u128::from(m >> z);
    let Ok(d) = digits.parse::<u128>() else {
        return false;
    };
    let two_d_plus_one = d * 2 + 1;
    let five_pow = |n: i64| -> Option<u128> {
        let mut p: u128 = 1;
        for _ in 0..n {
            p = p.checked_mul(5)?;
        }
        Some(p)
    };
    if k <= 0 {
        five_pow(-k)
            .and_then(|p| odd.checked_mul(p))
            .is_some_and(|lhs| lhs == two_d_plus_one)
    } else {
        five_pow(k)
            .and_then(|p| two_d_plus_one.checked_mul(p))
            .is_some_and(|rhs| rhs == odd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_is_to_string() {
        let mut n: u128 = 1;
        for _ in 0..39 {
            for x in [n - 1, n, n + 1, n.saturating_mul(7)] {
                assert_eq!(decimal(x), x.to_string());
            }
            n = n.saturating_mul(10);
        }
        assert_eq!(decimal(u128::MAX), u128::MAX.to_string());
    }

    #[test]
    fn put_digits_pads_to_the_width() {
        let mut b = [b'x'; 4];
        put_digits(&mut b, 7);
        assert_eq!(&b, b"0007");
        put_digits(&mut b[2..], 42);
        assert_eq!(&b, b"0042");
    }
    #[test]
    fn decimal_text_is_display() {
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            20.0,
            12.5,
            0.1,
            1e-7,
            1.25e-7,
            1e21,
            1e22,
            1e23,
            123456789012345680000.0,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            12.345678901234567,
            4.5,
            99.99,
            0.3,
            2.0 / 3.0,
            // An exact tie at the 17th digit (…562.25): core::fmt writes …562.3.
            f64::from_bits(0x4317_9085_685d_83c9),
        ];
        // Every exponent and many mantissas (xorshift), both signs.
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..300_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(f64::from_bits(x));
        }
        // Where ties live: integers and quarters around 2^50..2^60, whose exact decimals
        // end one or two digits past the 17th; percentages with few decimals.
        for shift in 48..64 {
            let base = 1u64 << shift;
            for i in 0..4000u64 {
                let m = base + i * 7919;
                let v = m as f64;
                values.extend([v, v / 4.0, v / 8.0, v / 2.0, v * 4.0, v * 1024.0]);
            }
        }
        for i in 0..20_000 {
            values.push(f64::from(i) / 100.0);
            values.push(f64::from(i) * 1e-3);
            values.push(f64::from(i) * 1e15);
        }
        for f in values {
            assert_eq!(decimal_text(f), format!("{f}"), "{:#x}", f.to_bits());
            assert_eq!(decimal_text(-f), format!("{}", -f), "{:#x}", (-f).to_bits());
        }
    }
}
