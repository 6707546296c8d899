/*
 * LD_PRELOAD library for the Firefox e2e suite: shifts the wall clock, and only the wall clock,
 * by HD_CLOCK_SHIFT_SECONDS (a signed integer). libfaketime deadlocks Firefox ESR at start-up (its
 * allocator and libfaketime's initialisation wait on each other); this library allocates nothing
 * and takes no locks, so it is safe to call from inside any allocator.
 *
 * Shifted: clock_gettime(CLOCK_REALTIME / CLOCK_REALTIME_COARSE), gettimeofday, time.
 * Untouched: every monotonic / boot / CPU-time clock, so timers and timeouts behave normally.
 *
 * Built at test set-up: cc -shared -fPIC -O2 -o clockshift.so clockshift.c -ldl
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

typedef int (*clock_gettime_fn)(clockid_t, struct timespec *);

static long long shift_seconds;
static clock_gettime_fn real_clock_gettime;

__attribute__((constructor)) static void clockshift_init(void) {
  const char *value = getenv("HD_CLOCK_SHIFT_SECONDS");
  if (value) shift_seconds = strtoll(value, NULL, 10);
  /* Until this resolves (dlsym may itself ask for the time), calls go straight to the kernel. */
  real_clock_gettime = (clock_gettime_fn)dlsym(RTLD_NEXT, "clock_gettime");
}

static int unshifted(clockid_t clock, struct timespec *ts) {
  clock_gettime_fn real = real_clock_gettime;
  if (real) return real(clock, ts);
  return (int)syscall(SYS_clock_gettime, clock, ts);
}

static int is_wall_clock(clockid_t clock) {
  return clock == CLOCK_REALTIME || clock == CLOCK_REALTIME_COARSE;
}

int clock_gettime(clockid_t clock, struct timespec *ts) {
  int rc = unshifted(clock, ts);
  if (rc == 0 && is_wall_clock(clock)) ts->tv_sec += shift_seconds;
  return rc;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
  if (tz) {
    struct timezone *zone = tz;
    zone->tz_minuteswest = 0;
    zone->tz_dsttime = 0;
  }
  struct timespec ts;
  int rc = clock_gettime(CLOCK_REALTIME, &ts);
  if (rc != 0) return rc;
  tv->tv_sec = ts.tv_sec;
  tv->tv_usec = ts.tv_nsec / 1000;
  return 0;
}

time_t time(time_t *out) {
  struct timespec ts;
  if (clock_gettime(CLOCK_REALTIME, &ts) != 0) return (time_t)-1;
  if (out) *out = ts.tv_sec;
  return ts.tv_sec;
}
