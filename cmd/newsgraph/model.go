package main

// modelFlagUsage is the help text of the --model flag of the eval commands.
const modelFlagUsage = "model file (default: the model embedded in the binary)"

// modelOrDefault loads the model file at path, or returns the model embedded
// in the binary when path is empty ("eval pos", "eval ner").
func modelOrDefault[M any](path string, load func(string) (M, error), embedded func() (M, error)) (M, error) {
	if path != "" {
		return load(path)
	}
	return embedded()
}
