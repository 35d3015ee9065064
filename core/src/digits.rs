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
}
