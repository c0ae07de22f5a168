//go:build !unix

package cputime

import "time"

// Process returns 0: the platform does not report process CPU time here.
func Process() time.Duration { return 0 }
