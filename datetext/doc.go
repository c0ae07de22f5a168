// Package datetext reads the dates news carries, in its metadata (meta tags,
// feeds, JSON-LD, URLs, the dates users give) and in short lines of text
// (bylines, "Published ..." lines), and writes them as ISO 8601.
//
// Every date keeps the precision it was given: a date-time with its zone
// stays a date-time with that zone, a date stays a date, a month stays a
// month. No day, month or zone is ever invented, impossible dates ("February
// 30") are refused, and so are numeric dates whose order of day and month is
// ambiguous ("03/05/2024"). Nothing here panics, whatever the input.
//
// It reads calendar dates only; relative and vague temporal expressions in
// article text ("last Tuesday", "next spring") are package timex's work.
package datetext
