// Command newsgraph turns raw news (HTML pages, scraped text, feeds, archives)
// into structured, queryable knowledge: clean articles, entities, quotes, times
// and events, each pointing at the span of text it came from.
//
// Usage:
//
//	newsgraph COMMAND [flags] [args]
//
// Run `newsgraph help` for the list of commands and `newsgraph COMMAND -h` for
// the flags of one.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sort"
	"strings"
)

// command is one subcommand of the binary. Each lives in a file of its own and
// registers itself from an init function.
type command struct {
	name    string
	usage   string // the argument synopsis, e.g. "[flags] PATH..."
	summary string // one line for `newsgraph help`
	doc     string // more paragraphs for `newsgraph NAME -h`, optional
	// run parses its own flags from args and does the work. stdout is where the
	// command writes its results; stderr gets progress and diagnostics.
	run func(ctx context.Context, env *env, args []string) error
}

// env is what a command runs with: its output streams and standard input.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("newsgraph: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// errFailed reports that a command ran to the end but some of its inputs failed;
// the failures were already reported, so main only sets the exit status.
var errFailed = errors.New("some inputs failed")

// errUsage reports a usage error that was already printed.
var errUsage = errors.New("usage error")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	os.Exit(run(ctx, &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:]))
}

// run executes the command line args and returns the exit status: 0 success,
// 1 when some inputs failed or the command failed, 2 for a usage error.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				return exitCode(e, c.run(ctx, e, []string{"-h"}))
			}
		}
		printHelp(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "newsgraph: unknown command %q; run 'newsgraph help'\n", args[0])
		return 2
	}
	return exitCode(e, c.run(ctx, e, args[1:]))
}

func exitCode(e *env, err error) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	case errors.Is(err, errFailed):
		return 1
	default:
		fmt.Fprintf(e.stderr, "newsgraph: %v\n", err)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprint(w, "newsgraph turns raw news into structured, queryable knowledge.\n\nUsage:\n  newsgraph COMMAND [flags] [args]\n\nCommands:\n")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, "\nRun 'newsgraph COMMAND -h' for the flags of a command.\n")
}

// newFlags returns a flag set for command c whose -h output lists every flag.
func newFlags(c *command, e *env) *flag.FlagSet {
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: newsgraph %s %s\n\n%s\n", c.name, c.usage, c.summary)
		if c.doc != "" {
			fmt.Fprintf(e.stderr, "\n%s\n", c.doc)
		}
		if hasFlags(fs) {
			fmt.Fprint(e.stderr, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// parseFlags parses args into fs, turning a parse failure into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

// subcommands dispatches `newsgraph NAME SUB ...` to one of subs (used by eval and train).
func subcommands(ctx context.Context, e *env, name string, subs map[string]*command, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		var names []string
		for n := range subs {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(e.stderr, "Usage: newsgraph %s WHAT [flags] [args]\n\nWhat:\n", name)
		for _, n := range names {
			fmt.Fprintf(e.stderr, "  %-11s %s\n", n, subs[n].summary)
		}
		if len(args) == 0 {
			return errUsage
		}
		return flag.ErrHelp
	}
	s, ok := subs[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "newsgraph %s: unknown %q (one of: %s)\n", name, args[0], strings.Join(keys(subs), ", "))
		return errUsage
	}
	return s.run(ctx, e, args[1:])
}

func keys(m map[string]*command) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
