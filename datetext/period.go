package datetext

// Period returns the first and the last day, as YYYY-MM-DD, of the period an
// ISO 8601 date names: "2024" is 2024-01-01 to 2024-12-31, "2024-02" is
// 2024-02-01 to 2024-02-29, "2024-03-05" is that day, and so is a date-time
// ("2024-03-05T23:30:00-05:00": the day as written, its zone not applied).
// ok is false when iso is none of these. Days in this form compare in time
// order as strings, which is how validity ranges are checked.
func Period(iso string) (first, last string, ok bool) {
	if len(iso) < 4 {
		return "", "", false
	}
	y := number(iso[:4])
	switch {
	case y < 0:
		return "", "", false
	case len(iso) == 4:
		return formatDay(y, 1, 1), formatDay(y, 12, 31), true
	case len(iso) == 7 && iso[4] == '-':
		m := number(iso[5:])
		if m < 1 || m > 12 {
			return "", "", false
		}
		return formatDay(y, m, 1), formatDay(y, m, daysIn(y, m)), true
	case len(iso) == 10 || len(iso) > 10 && iso[10] == 'T':
		if iso[4] != '-' || iso[7] != '-' {
			return "", "", false
		}
		m, d := number(iso[5:7]), number(iso[8:10])
		if !realDay(y, m, d) {
			return "", "", false
		}
		day := formatDay(y, m, d)
		return day, day, true
	}
	return "", "", false
}
