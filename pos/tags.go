package pos

// Tags is the tag set, the Penn Treebank tags as CoNLL-2003 uses them. A
// model predicts only tags of this list; their index is the model's class.
var Tags = []string{
	"NNP", "NN", "CD", "IN", "DT", "JJ", "NNS", "VBD", ".", ",", "VB", "VBN", "RB", "CC", "TO", "PRP",
	"(", ")", "VBG", "VBZ", ":", "\"", "POS", "PRP$", "VBP", "MD", "NNPS", "WP", "RP", "WDT", "SYM",
	"$", "WRB", "JJR", "JJS", "FW", "RBR", "EX", "RBS", "''", "PDT", "UH", "WP$", "LS", "``", "#",
}

// nTags is the number of classes.
const nTags = 46

var tagIndex = func() map[string]int {
	m := make(map[string]int, len(Tags))
	for i, t := range Tags {
		m[t] = i
	}
	return m
}()

// IsVerb reports whether tag is a verb tag (VB, VBD, VBG, VBN, VBP, VBZ) or a modal (MD).
func IsVerb(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "VB" || tag == "MD"
}

// IsNoun reports whether tag is a common or proper noun tag (NN, NNS, NNP, NNPS).
func IsNoun(tag string) bool {
	return len(tag) >= 2 && tag[:2] == "NN"
}

// IsFinite reports whether tag is a finite verb: past (VBD), present (VBP,
// VBZ) or a modal (MD).
func IsFinite(tag string) bool {
	return tag == "VBD" || tag == "VBP" || tag == "VBZ" || tag == "MD"
}
