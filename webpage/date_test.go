package webpage

import "testing"

func TestNormDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2019-11-19T11:00:09Z", "2019-11-19T11:00:09Z"},
		{"2019-11-19T11:00:09.000Z", "2019-11-19T11:00:09Z"},
		{"2019-11-20T11:06:01+05:30", "2019-11-20T11:06:01+05:30"},
		{"2019-11-20T11:06:01+0530", "2019-11-20T11:06:01+05:30"},
		{"2019-11-20T06:37:00", "2019-11-20T06:37:00"},
		{"2019-11-20", "2019-11-20"},
		{"Wed, 20 Nov 2019 06:37:00 +0000", "2019-11-20T06:37:00Z"},
		{"November 20, 2019", "2019-11-20"},
		{"20 November 2019", "2019-11-20"},
		{"Published: Nov. 3rd, 2021 at 9:00", "2021-11-03"},
		{"2018年9月27日", "2018-09-27"},
		{"November 2019", "2019-11"},
		{"2019-11-19T13:16+0000", "2019-11-19T13:16:00Z"},
		{"Wed, 20 Nov 2019 06:37:00 EST", "2019-11-20T06:37:00-05:00"},
		{"2019-11", "2019-11"},
		{"2019", ""}, // a bare year is no publication date
		{"By Desk Reporter 2021-06-07T14:15:00Z Sports", "2021-06-07T14:15:00Z"},
		{"27/09/2018", "2018-09-27"},
		{"03/05/2018", ""},
		{"Boston Marathon 2024", ""},
		{"/2019/11/18/story-slug/", ""}, // paths are urlDate's
		{"1970-01-01T00:00:00Z", ""},
		{"2019-02-31", ""},
		{"0000-00-00", ""},
		{"1850-01-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tc := range tests {
		if got := normDate(tc.in); got != tc.want {
			t.Errorf("normDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2019/11/18/story-slug/", "2019-11-18"},
		{"https://example.com/news/2019-11-18-story", "2019-11-18"},
		{"https://example.com/20191118/story", "2019-11-18"},
		{"https://example.com/2019/11/story.html", "2019-11"},
		{"https://example.com/story-2019.html", ""},
		{"https://example.com/2019/13/45/x", ""},
		{"https://example.com/id/123456789/", ""},
		{"https://2019.example.com/", ""},
	}
	for _, tc := range tests {
		if got := urlDate(tc.in); got != tc.want {
			t.Errorf("urlDate(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
