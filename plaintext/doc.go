// Package plaintext extracts a clean news article from scraped text: a page's
// visible text as someone else's scraper returned it, one line per block, with
// the page's junk still in it (menus, "Skip to content", share prompts, bylines,
// image captions with glued photo credits, "Read more:" lists, cookie notices,
// author bios, footers).
//
// The Extractor scores every line on its shape (length, sentence punctuation,
// word count, stopwords, capitalisation, known boilerplate phrasings) and takes
// the contiguous region of lines with the highest total score as the story
// (a maximum-sum subarray). Lines inside that region that match a boilerplate
// pattern (captions, credits, "Read more:" lines, contributor lines, a bio at
// the end) are taken out again, and every line that is not part of the story is
// classified into a newsgraph.BoilerplateKind. Metadata (title, section,
// dateline, authors, contributors, source, publication date) is read from the
// lines around the story.
//
// The rules follow the shapes of the junk, not particular sites or strings.
// Article.Language is left to the pipeline's language stage (package lang).
// A dateline that opens the first paragraph ("BRUSSELS (Reuters) - ...") is
// copied into Article.Dateline and kept in the body, as the story's first
// sentence (Extractor.StripDateline takes it out); a dateline on a line of
// its own is always taken out of the body. Hard-wrapped text (paragraphs
// broken into lines of one width, separated by blank lines) is unwrapped first.
package plaintext
