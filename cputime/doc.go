// Package cputime reads the CPU time the process has used. Speed figures
// divide work by it as well as by wall-clock time, since on a shared machine
// the wall clock also counts the time other processes held the CPU.
package cputime
