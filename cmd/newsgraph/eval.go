package main

import "context"

// evalCommands holds the benchmarks of `newsgraph eval`; each registers itself
// from its own file (eval_extraction.go, eval_ner.go, ...).
var evalCommands = map[string]*command{}

func registerEval(c *command) { evalCommands[c.name] = c }

func init() {
	register(&command{
		name:    "eval",
		usage:   "WHAT [flags] [args]",
		summary: "measure quality and speed on a benchmark (extraction, ner, timex, quotes, events)",
		run: func(ctx context.Context, e *env, args []string) error {
			return subcommands(ctx, e, "eval", evalCommands, args)
		},
	})
}
