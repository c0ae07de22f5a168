// Package dedup finds near-duplicate news articles: exact copies (the same
// normalised body) and near copies (the same wire story re-headlined, trimmed,
// with a paragraph added or lightly rewritten).
//
// A body is reduced to a set of word shingles, summarised by a MinHash
// signature. Signatures are split into bands for locality-sensitive hashing:
// two bodies sharing any band key are candidates, and a candidate is a
// duplicate when the estimated Jaccard similarity or containment of their
// shingle sets passes a threshold. Containment (the share of the shorter text
// found in the longer one) catches trimmed and extended copies whose Jaccard
// similarity is low.
package dedup

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"hash/fnv"
	"strings"
	"unicode"
)

// Signature sizes. 128 hashes in 32 bands of 4 rows make two texts of Jaccard
// similarity 0.5 candidates with probability about 0.87, and of 0.2 with
// probability 0.05.
const (
	NumHashes = 128
	NumBands  = 32
	rows      = NumHashes / NumBands
	shingleK  = 3
)

// Thresholds for calling two texts duplicates.
const (
	// MinJaccard is the estimated Jaccard similarity above which two texts are copies.
	MinJaccard = 0.5
	// MinContainment is the share of the shorter text's shingles found in the
	// longer one above which the shorter is a trimmed copy of the longer.
	MinContainment = 0.5
	// MinShingles is the smallest number of shingles a text needs for near
	// matching; shorter texts are only matched exactly.
	MinShingles = 8
)

// Signature summarises one text for near-duplicate detection.
type Signature struct {
	Min      [NumHashes]uint32 // the MinHash values
	Shingles int               // the number of distinct shingles
}

// seeds for the hash family h_i(x) = (a_i*x + b_i) mod 2^32 with odd a_i.
var seedA, seedB [NumHashes]uint32

func init() {
	// A fixed splitmix64 sequence: signatures must be the same for every writer.
	x := uint64(0x6e657773677261)
	next := func() uint64 {
		x += 0x9e3779b97f4a7c15
		z := x
		z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
		z = (z ^ (z >> 27)) * 0x94d049bb133111eb
		return z ^ (z >> 31)
	}
	for i := range seedA {
		seedA[i] = uint32(next()) | 1
		seedB[i] = uint32(next())
	}
}

// Words splits a text into lower-cased words of letters and digits, the form
// both exact and near matching compare.
func Words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	})
}

// BodyHash returns the hash of a normalised body (lower case, punctuation and
// spacing removed): two bodies with the same hash are exact copies.
func BodyHash(text string) string {
	h := sha256.Sum256([]byte(strings.Join(Words(text), " ")))
	return hex.EncodeToString(h[:16])
}

// Sign computes the signature of a text.
func Sign(text string) Signature {
	var s Signature
	for i := range s.Min {
		s.Min[i] = ^uint32(0)
	}
	words := Words(text)
	seen := make(map[uint32]struct{}, len(words))
	add := func(h uint32) {
		if _, ok := seen[h]; ok {
			return
		}
		seen[h] = struct{}{}
		for i := range s.Min {
			if v := seedA[i]*h + seedB[i]; v < s.Min[i] {
				s.Min[i] = v
			}
		}
	}
	if len(words) < shingleK {
		if len(words) > 0 {
			add(hashWords(words))
		}
	} else {
		for i := 0; i+shingleK <= len(words); i++ {
			add(hashWords(words[i : i+shingleK]))
		}
	}
	s.Shingles = len(seen)
	return s
}

func hashWords(ws []string) uint32 {
	h := fnv.New32a()
	for _, w := range ws {
		h.Write([]byte(w))
		h.Write([]byte{0})
	}
	return h.Sum32()
}

// Bands returns the signature's locality-sensitive hashing keys, one per band,
// each folded into an int64 (the form a database index stores). The band
// number is mixed in, so keys of different bands never collide by design.
func (s *Signature) Bands() []int64 {
	if s.Shingles < MinShingles {
		return nil
	}
	out := make([]int64, NumBands)
	var buf [4*rows + 1]byte
	for b := 0; b < NumBands; b++ {
		buf[0] = byte(b)
		for r := 0; r < rows; r++ {
			binary.LittleEndian.PutUint32(buf[1+4*r:], s.Min[b*rows+r])
		}
		h := fnv.New64a()
		h.Write(buf[:])
		out[b] = int64(h.Sum64() &^ (1 << 63)) // the top bit is clear: sentence keys set it
	}
	return out
}

// minSentenceWords is the length below which a sentence is too common to
// identify a story ("He said." "Read more.").
const minSentenceWords = 8

// SentenceKeys returns one key per distinct sentence of at least eight words
// (normalised as Words does), each folded into an int64 and marked so that it
// never equals a band key. Copies of one story share whole sentences even when
// one is much shorter than the other (trimmed, or a brief of the full story),
// where MinHash bands, which find similar sets of similar size, miss them.
func SentenceKeys(text string) []int64 {
	var out []int64
	seen := map[int64]bool{}
	start := 0
	flush := func(end int) {
		ws := Words(text[start:end])
		start = end
		if len(ws) < minSentenceWords {
			return
		}
		h := fnv.New64a()
		h.Write([]byte("s\x00"))
		for _, w := range ws {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		k := int64(h.Sum64() | 1<<63) // the top bit set: band keys have it clear
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			flush(i + 1)
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' || text[i+1] == '"' {
				flush(i + 1)
			}
		}
	}
	flush(len(text))
	return out
}

// Similarity estimates the Jaccard similarity of the two texts' shingle sets
// and the containment of the smaller set in the larger.
func Similarity(a, b *Signature) (jaccard, containment float64) {
	if a.Shingles == 0 || b.Shingles == 0 {
		return 0, 0
	}
	same := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			same++
		}
	}
	jaccard = float64(same) / NumHashes
	// |A∩B| = J(|A|+|B|)/(1+J)
	inter := jaccard * float64(a.Shingles+b.Shingles) / (1 + jaccard)
	small := min(a.Shingles, b.Shingles)
	containment = min(inter/float64(small), 1)
	return jaccard, containment
}

// Duplicate reports whether two signatures are near copies of one story.
func Duplicate(a, b *Signature) bool {
	if a.Shingles < MinShingles || b.Shingles < MinShingles {
		return false
	}
	j, c := Similarity(a, b)
	return j >= MinJaccard || c >= MinContainment
}

// SharedSentences reports whether two texts that share shared long sentences
// (see SentenceKeys), of na and nb such sentences each, are copies: they share
// at least two, and at least half of the shorter text's.
func SharedSentences(shared, na, nb int) bool {
	return shared >= 2 && 2*shared >= min(na, nb)
}

// MarshalBinary encodes the signature (4 bytes of shingle count, then the hashes).
func (s *Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, 4+4*NumHashes)
	binary.LittleEndian.PutUint32(out, uint32(s.Shingles))
	for i, v := range s.Min {
		binary.LittleEndian.PutUint32(out[4+4*i:], v)
	}
	return out, nil
}

// UnmarshalBinary decodes a signature written by MarshalBinary.
func (s *Signature) UnmarshalBinary(data []byte) error {
	if len(data) != 4+4*NumHashes {
		return errors.New("dedup: signature of wrong length")
	}
	s.Shingles = int(binary.LittleEndian.Uint32(data))
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(data[4+4*i:])
	}
	return nil
}
