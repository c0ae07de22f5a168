package datetext

import "testing"

func TestFind(t *testing.T) {
	r := Reader{MinYear: 1900, MaxYear: 2100}
	tests := []struct {
		in, want string
		span     string // the text the date covers, when found
	}{
		{"Published: Tuesday, March 5, 2024 08:38 AM", "2024-03-05", "March 5, 2024"},
		{"Posted 7:02 a.m. ET Feb. 6, 2024", "2024-02-06", "Feb. 6, 2024"},
		{"By Jane Doe | Sept. 30th, 2024", "2024-09-30", "Sept. 30th, 2024"},
		{"Updated 19 NOV 2019, 10:00", "2019-11-19", "19 NOV 2019"},
		{"the 5th of March, 2024", "2024-03-05", "5th of March, 2024"},
		{"Le 5 novembre 2024", "2024-11-05", "5 novembre 2024"},
		{"2018.04.05 ~ opening night", "2018-04-05", "2018.04.05"},
		{"By Desk Reporter 2021-06-07T14:15:00Z Sports", "2021-06-07T14:15:00Z", "2021-06-07T14:15:00Z"},
		{"2024-03-05T10:00:00+0100", "2024-03-05T10:00:00+01:00", "2024-03-05T10:00:00+0100"},
		{"2024-03-05T10:00:00.250Z", "2024-03-05T10:00:00Z", "2024-03-05T10:00:00.250Z"},
		{"2024-03-05 10:00 (local time)", "2024-03-05", "2024-03-05 10:00"},
		{"2024-03-05T25:99:00Z", "2024-03-05", "2024-03-05T25:99:00Z"}, // the time is broken, the date stands
		{"2024/03/05 by the desk", "2024-03-05", "2024/03/05"},
		{"公開日 2024年3月5日 10時", "2024-03-05", "2024年3月5日"},
		{"Carla Mendes 27/09/2018 Comments", "2018-09-27", "27/09/2018"},
		{"06/23/21 09:12 AM EST", "2021-06-23", "06/23/21"},
		{"03/05/2024", "", ""}, // 3 May or March 5
		{"March 2020", "2020-03", "March 2020"},
		{"Mar., 2020", "2020-03", "Mar., 2020"},
		{"2019-02-31 or November 5, 2019", "2019-11-05", "November 5, 2019"},
		{"2019-02-31 or 2019-03-01", "2019-03-01", "2019-03-01"},
		{"February 30, 2020", "", ""},
		{"March 1850", "", ""},
		{"Boston Marathon 2024", "", ""},
		{"Decision 5, 2024", "", ""},
		{"see https://example.com/2019/11/19/story", "", ""}, // a path: InURL reads those
		{"version 2021.3.1", "", ""},
		{"Room 2019-B", "", ""},
		{"no date here", "", ""},
		{"", "", ""},
		{"99999-03-05", "", ""},
		{"\xff2024-03-05\xfe", "2024-03-05", "2024-03-05"},
	}
	for _, tc := range tests {
		got, start, end := r.Find(tc.in)
		if got != tc.want {
			t.Errorf("Find(%q) = %q, want %q", tc.in, got, tc.want)
			continue
		}
		if got == "" {
			if start != -1 || end != -1 {
				t.Errorf("Find(%q) span = %d, %d, want -1, -1", tc.in, start, end)
			}
			continue
		}
		if span := tc.in[start:end]; span != tc.span {
			t.Errorf("Find(%q) covers %q, want %q", tc.in, span, tc.span)
		}
	}
}

func TestInURL(t *testing.T) {
	r := Reader{MinYear: 1990, MaxYear: 2100}
	tests := []struct{ in, want string }{
		{"https://example.com/2019/11/18/story-slug/", "2019-11-18"},
		{"https://example.com/news/2019-11-18-story", "2019-11-18"},
		{"https://example.com/20191118/story", "2019-11-18"},
		{"https://example.com/2019/11/story.html", "2019-11"},
		{"/2019/11/18/relative-path", "2019-11-18"},
		{"https://example.com/story-2019.html", ""},
		{"https://example.com/2019/13/45/x", ""},
		{"https://example.com/2019/02/30/x", ""},
		{"https://example.com/1985/11/18/x", ""},
		{"https://example.com/id/123456789/", ""},
		{"https://2019.example.com/", ""},
		{"https://example.com", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := r.InURL(tc.in); got != tc.want {
			t.Errorf("InURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
