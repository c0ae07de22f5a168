//go:build unix

package ner

import (
	"syscall"
	"time"
)

// CPUTime returns the CPU time (user and system) the process has used so far,
// or 0 where the platform does not report it. Speed figures divide work by it
// as well as by wall-clock time, since on a shared machine the wall clock also
// counts time other processes held the CPU.
func CPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
