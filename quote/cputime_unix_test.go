//go:build unix

package quote

import "syscall"

// cpuSeconds returns the user and system CPU time this process has used, so a
// benchmark can report throughput per CPU second on a loaded machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
