//go:build !unix

package ner

import "time"

// CPUTime returns 0: the platform does not report process CPU time here.
func CPUTime() time.Duration { return 0 }
