package main

import "context"

// trainCommands holds the models `newsgraph train` builds; each registers itself
// from its own file.
var trainCommands = map[string]*command{}

func registerTrain(c *command) { trainCommands[c.name] = c }

func init() {
	register(&command{
		name:    "train",
		usage:   "WHAT [flags]",
		summary: "build a model's weights from training data (ner, pos)",
		run: func(ctx context.Context, e *env, args []string) error {
			return subcommands(ctx, e, "train", trainCommands, args)
		},
	})
}
