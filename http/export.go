package http

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Exporter writes a store's events, entities or quotes as CSV or JSON Lines.
type Exporter struct {
	Store  newsgraph.Store
	Format string // "csv" or "jsonl"
}

const exportPage = 1000

// EventColumns are the CSV columns of an events export, after GDELT's event table.
var EventColumns = []string{"GlobalEventID", "Day", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor1EntityID",
	"Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2EntityID", "EventCode", "EventRootCode", "PLOVER",
	"QuadClass", "GoldsteinScale", "Status", "ActionGeo_FullName", "SourceURL", "ArticleID", "ArticleSource", "Trigger", "Sentence"}

func first(as []newsgraph.Actor, ids []string) (newsgraph.Actor, string) {
	if len(as) == 0 {
		return newsgraph.Actor{}, ""
	}
	id := ""
	if len(ids) > 0 {
		id = ids[0]
	}
	return as[0], id
}

func root(cameo string) string {
	if len(cameo) >= 2 {
		return cameo[:2]
	}
	return cameo
}

// Events writes every event matching f (f.Page is ignored).
func (x *Exporter) Events(ctx context.Context, w io.Writer, f newsgraph.EventFilter) error {
	cw := csv.NewWriter(w)
	enc := json.NewEncoder(w)
	if x.Format == "csv" {
		cw.Write(EventColumns)
	}
	n := 0
	for off := 0; ; off += exportPage {
		f.Page = newsgraph.Page{Limit: exportPage, Offset: off}
		evs, err := x.Store.Events(ctx, f)
		if err != nil {
			return err
		}
		for _, e := range evs {
			n++
			if x.Format != "csv" {
				if err := enc.Encode(e); err != nil {
					return err
				}
				continue
			}
			s, sid := first(e.Source, e.SourceIDs)
			t, tid := first(e.Target, e.TargetIDs)
			cw.Write([]string{strconv.Itoa(n), strings.ReplaceAll(e.Date, "-", ""), s.Name, s.Country, s.Sector, sid,
				t.Name, t.Country, t.Sector, tid, e.CAMEO, root(e.CAMEO), e.PLOVER, strconv.Itoa(e.QuadClass),
				strconv.FormatFloat(e.Goldstein, 'f', -1, 64), e.Status, e.Place, e.URL, e.Article, e.ArticleSource, e.Trigger,
				strings.Join(strings.Fields(e.Sentence), " ")})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		if len(evs) < exportPage {
			return nil
		}
	}
}

// Entities writes every entity matching f, most mentioned first.
func (x *Exporter) Entities(ctx context.Context, w io.Writer, f newsgraph.EntityFilter) error {
	cw := csv.NewWriter(w)
	enc := json.NewEncoder(w)
	if x.Format == "csv" {
		cw.Write([]string{"EntityID", "Name", "Type", "Country", "Articles", "Mentions"})
	}
	for off := 0; ; off += exportPage {
		f.Page = newsgraph.Page{Limit: exportPage, Offset: off}
		es, err := x.Store.Entities(ctx, f)
		if err != nil {
			return err
		}
		for _, e := range es {
			if x.Format != "csv" {
				if err := enc.Encode(e); err != nil {
					return err
				}
				continue
			}
			cw.Write([]string{e.ID, e.Name, e.Type, e.Country, strconv.Itoa(e.Articles), strconv.Itoa(e.Mentions)})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		if len(es) < exportPage {
			return nil
		}
	}
}

// Quotes writes every quote matching f, newest first.
func (x *Exporter) Quotes(ctx context.Context, w io.Writer, f newsgraph.QuoteFilter) error {
	cw := csv.NewWriter(w)
	enc := json.NewEncoder(w)
	if x.Format == "csv" {
		cw.Write([]string{"ArticleID", "Published", "Title", "SpeakerID", "Speaker", "Kind", "Date", "Text"})
	}
	for off := 0; ; off += exportPage {
		f.Page = newsgraph.Page{Limit: exportPage, Offset: off}
		qs, err := x.Store.Quotes(ctx, f)
		if err != nil {
			return err
		}
		for _, q := range qs {
			if x.Format != "csv" {
				if err := enc.Encode(q); err != nil {
					return err
				}
				continue
			}
			cw.Write([]string{q.Article, q.Published, q.Title, q.Speaker, q.SpeakerName, q.Kind, q.Date, q.Text})
		}
		cw.Flush()
		if err := cw.Error(); err != nil {
			return err
		}
		if len(qs) < exportPage {
			return nil
		}
	}
}

// errUnknownExport is returned by Export for an unknown kind.
var errUnknownExport = fmt.Errorf("unknown export: want events, entities or quotes")

// Export writes the export of the given kind (events, entities or quotes)
// with the filters of an events export.
func (x *Exporter) Export(ctx context.Context, w io.Writer, kind string, f newsgraph.EventFilter) error {
	switch kind {
	case "events":
		return x.Events(ctx, w, f)
	case "entities":
		return x.Entities(ctx, w, newsgraph.EntityFilter{Country: f.Country})
	case "quotes":
		return x.Quotes(ctx, w, newsgraph.QuoteFilter{Speaker: f.Entity, From: f.From, To: f.To})
	}
	return errUnknownExport
}
