# Shared by the stage scripts (test-c.sh, test-package.sh): `log`, and `step NAME CMD…`, which
# runs a step, prints the last $STEP_TAIL lines of its output (default 25) and adds the
# "X passed, Y failed" it prints to $passed / $failed (or one pass / one fail by exit status).
passed=0
failed=0
log() { printf '\n--> %s\n' "$*"; }
step() {
  local name=$1
  shift
  log "$name"
  local output rc p f
  output=$("$@" 2>&1)
  rc=$?
  printf '%s\n' "$output" | tail -n "${STEP_TAIL:-25}" | cut -c1-240
  p=$(printf '%s\n' "$output" | sed -n 's/.*\b\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\1/p' | tail -n 1)
  f=$(printf '%s\n' "$output" | sed -n 's/.*\b\([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed.*/\2/p' | tail -n 1)
  if [ -n "$p" ]; then
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  elif [ "$rc" -eq 0 ]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
  fi
  if [ "$rc" -ne 0 ]; then echo "FAILED: $name (exit $rc)"; fi
  return 0
}
