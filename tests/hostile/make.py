#!/usr/bin/env python3
"""Writes the hostile-input corpus: files/ and cases.jsonl (one case a line: the
arguments, with {file} for the case's file, the expected exit code and a fragment of
the one-line error). tests/hostile.rs runs every case against a small register and
checks the exit code, the message and that the register did not change.
Regenerate with: python3 tests/hostile/make.py"""
import json, os

here = os.path.dirname(os.path.abspath(__file__))
files = os.path.join(here, "files")
for f in os.listdir(files):
    os.remove(os.path.join(files, f))
cases = []

def case(args, exit_code, expect, content=None, ext="csv"):
    n = len(cases) + 1
    entry = {"n": n, "args": args, "exit": exit_code, "expect": expect}
    if content is not None:
        name = f"{n:03}.{ext}"
        with open(os.path.join(files, name), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
        entry["file"] = name
    cases.append(entry)

PI = ["practice", "import", "{file}"]
H = "code,name,locality,list_size,postcode,phone,setting\n"
good = "M81099,New Surgery,Evesham,1000,WR11 1JP,01386 444400,urban\n"
# engage practice CSV: one bad field at a time
for code in ["M8109", "M810999", "81099M", "MM1099", "M81O99", "M-1099", "M 81099", "'M81099", "M81099\u200b", "=M81099",
             "m81099x", "Z9999999", "GUE01", "GUEE010", "1", "M81099;", "M8109\u0000", "Ｍ81099", "M81099 X", "<M81099>"]:
    case(PI, 3, "field code", H + f"{code},New Surgery,Evesham,,,,\n")
for name, why in [("", "field name"), (" ", "field name"), ("A" * 101, "field name"), ("Bad\u0007Name", "field name"),
                  ("Bad\u001bName", "field name"), ("x" * 1_000_000, "field name")]:
    case(PI, 3, why, H + f"M81099,\"{name}\",Evesham,,,,\n")
for size in ["-1", "1.5", "lots", "1e3", "0x10", "2000000", "99999999999999999999", "١٠٠", "+5", "5 000"]:
    case(PI, 3, "field list_size", H + f"M81099,New Surgery,Evesham,{size},,,\n")
for pc in ["WR11", "11 1JP", "WR11-1JP", "WR11 1J", "W1 1JPP", "ZZZZZ 1AA", "WR11 JP1", "£R11 1JP", "WR1!1JP", "12345"]:
    case(PI, 3, "field postcode", H + f"M81099,New Surgery,Evesham,,{pc},,\n")
for phone in ["call us", "12", "0138644440012345678", "+44 (0) 1386 ext 5", "01386-44440a"]:
    case(PI, 3, "field phone", H + f"M81099,New Surgery,Evesham,,,{phone},\n")
for setting in ["seaside", "URBANE", "rural;", "1"]:
    case(PI, 3, "field setting", H + f"M81099,New Surgery,Evesham,,,,{setting}\n")
HS = "code,name,status,open_date,close_date\n"
for row, why in [("M81099,X Surgery,gone,,", "field status"), ("M81099,X Surgery,open,2027-02-30,", "field open_date"),
                 ("M81099,X Surgery,open,01/02/2027,", "field open_date"), ("M81099,X Surgery,closed,,2027-13-01", "field close_date"),
                 ("M81099,X Surgery,closed,2027-01-02,2026-01-01", "field close_date"), ("M81099,X Surgery,open,20270101,", "field open_date")]:
    case(PI, 3, why, HS + row + "\n")
for body, why in [(H + "M81099,A Surgery,Evesham,,,,,extra\n", "field count"), (H + "M81099,A Surgery\n", "field count"),
                  (H + good + good, "appears twice"), ("name,size\nA,1\n", ":1"), ("", "empty"), ("\n\n\n", "empty"),
                  ("code,code,name\nM81099,M81099,A\n", "appears twice"), ("code,\ufeffname\nM81099,A\n", ":1"),
                  ("code,name\nM81099,\"unterminated\n", "never closed")]:
    case(PI, 3, why, body)
case(PI, 3, "UTF-8", (H + "M81099,Caf\xe9 Surgery,Evesham,,,,\n").encode("latin-1"))
case(PI, 3, "UTF-8", b"\xff\xfe" + (H + good).encode("utf-16-le"))
case(PI, 3, ":1", b"\xfe\xff" + (H + good).encode("utf-16-be"))
case(PI, 3, "field code", H + "\ufeffM81099,New Surgery,Evesham,,,,\n")
case(PI, 3, "UTF-8", H.encode() + b"M81099,New \xc3 Surgery,Evesham,,,,\n")
case(PI, 3, "field name", H + "M81099,\"New\nSurgery\",Evesham,,,,\n")
case(PI, 3, "field name", H + "M81099,\"New\rSurgery\",Evesham,,,,\n")
case(PI, 3, "field name", H + "M81099,New\u0000Surgery,Evesham,,,,\n")
case(PI, 3, "field count", H + "M81099,New Surgery,Evesham" + ",x" * 5000 + "\n")
case(PI, 3, "not a locality name", H + "M81099,New Surgery," + "L" * 200 + ",,,,\n")

# the NHS epraccur file: one bad field in a GP practice row
row = ["M81099", "NEW SURGERY", "Y60", "Q77", "1 HIGH ST", "", "EVESHAM", "", "", "WR11 1JP", "19740401", "", "A", "B",
       "05T", "20130401", "", "01386 444400", "", "", "", "0", "", "05T", "", "4", ""]
def ep(changes):
    r = list(row)
    for i, v in changes.items():
        r[i] = v
    return ",".join(f'"{v}"' for v in r) + "\r\n"
for i, v, why in [(0, "M8109", "organisation code"), (0, "", "organisation code"), (0, "M81 99", "organisation code"),
                  (1, "", "2 name"), (1, "N" * 120, "2 name"), (10, "", "11 open date"), (10, "19741301", "11 open date"),
                  (10, "19740230", "11 open date"), (10, "1974-04-01", "11 open date"), (10, "7404", "11 open date"),
                  (10, "ABCDEFGH", "11 open date"), (11, "20191340", "12 close date"), (11, "19700101", "12 close date"),
                  (12, "X", "13 status"), (12, "", "13 status"), (12, "a", "13 status"), (9, "WR11", "10 postcode"),
                  (9, "11 WRJ", "10 postcode"), (25, "four", "prescribing setting"), (25, "", "prescribing setting"),
                  (25, "-4", "prescribing setting"), (25, "4.0", "prescribing setting")]:
    case(PI + ["--source", "epraccur"], 3, why, ep({i: v}))
case(PI + ["--source", "epraccur"], 3, "field count", ep({})[:-2] + ',"x"\r\n')
case(PI + ["--source", "epraccur"], 3, "field count", ",".join(f'"{v}"' for v in row[:26]) + "\r\n")
case(PI + ["--source", "epraccur"], 3, "field count", "just one field\r\n")
case(PI + ["--source", "epraccur"], 3, ":2", ep({}) + ep({10: "notadate"}))
case(PI + ["--source", "epraccur"], 3, "appears twice", ep({}) + ep({}))
case(PI + ["--source", "epraccur"], 3, "UTF-8", ep({1: "NEW SURGERY"}).encode().replace(b"NEW", b"N\xe9W"))

# list sizes
LS = "PUBLICATION,EXTRACT_DATE,TYPE,CCG_CODE,ONS_CCG_CODE,CODE,POSTCODE,SEX,AGE,NUMBER_OF_PATIENTS\n"
for n, why in [("-5", "NUMBER_OF_PATIENTS"), ("12.5", "NUMBER_OF_PATIENTS"), ("many", "NUMBER_OF_PATIENTS"),
               ("", "NUMBER_OF_PATIENTS"), ("99999999", "NUMBER_OF_PATIENTS")]:
    case(PI, 3, why, LS + f"GP_PRAC_PAT_LIST,01JAN2021,GP,05T,E38,M81004,WR11 1JP,ALL,ALL,{n}\n")
for code in ["M8100", "", "WR11 1JP"]:
    case(PI, 3, "field CODE", LS + f"GP_PRAC_PAT_LIST,01JAN2021,GP,05T,E38,{code},WR11 1JP,ALL,ALL,100\n")
case(PI + ["--source", "list-sizes"], 3, "header has no \"number_of_patients\" column", "CODE,PATIENTS\nM81004,100\n")

# people
PH = "name,role,practice,email,phone,gmc,pay_to\n"
PIM = ["person", "import", "{file}"]
for r, code, why in [
    ("Dr X,surgeon,M81004,x@nhs.net,,,", 3, "field role"), ("Dr X,,M81004,x@nhs.net,,,", 3, "field role"),
    ("Dr X,gp-partner,M81004,x@nhs.net,,701234,", 3, "field gmc"), ("Dr X,gp-partner,M81004,x@nhs.net,,70123456,", 3, "field gmc"),
    ("Dr X,gp-partner,M81004,x@nhs.net,,7O12345,", 3, "field gmc"), ("Dr X,gp-partner,M81004,x@nhs.net,,GMC7012345,", 3, "field gmc"),
    ("Dr X,gp-partner,M81004,x@nhs.net,,-701234,", 3, "field gmc"), ("Dr X,gp-partner,M81004,xnhs.net,,,", 3, "field email"),
    ("Dr X,gp-partner,M81004,x@@nhs.net,,,", 3, "field email"), ("Dr X,gp-partner,M81004,x@nhs,,,", 3, "field email"),
    ("Dr X,gp-partner,M81004,x y@nhs.net,,,", 3, "field email"), ("Dr X,gp-partner,M81004,@nhs.net,,,", 3, "field email"),
    ("Dr X,gp-partner,M81004,x@.nhs.net,,,", 3, "field email"), ("Dr X,gp-partner,M81004,<x@nhs.net>,,,", 3, "field email"),
    ("Dr X,gp-partner,M81099,x@nhs.net,,,", 4, "no such practice"), ("Dr X,gp-partner,M8109,x@nhs.net,,,", 3, "field practice"),
    ("Dr X,gp-partner,,x@nhs.net,,,", 3, "needs a practice"), ("Dr X,gp-partner,M81004,x@nhs.net,,,everyone", 3, "field pay_to"),
    (",gp-partner,M81004,x@nhs.net,,,", 3, "field name"), ("Dr\u0007X,gp-partner,M81004,x@nhs.net,,,", 3, "field name"),
    ("Dr X,gp-partner,M81004,x@nhs.net,phone me,,", 3, "field phone"), ("Nurse X,nurse,M81004,x@nhs.net,,7099999,", 3, "only GPs"),
    ("Dr X,gp-partner,M81004,asha@nhs.net,,7054321,", 5, "belongs to"), ("Dr Y,gp-locum,,tom@nhs.net,,7012345,", 5, "belongs to"),
]:
    case(PIM, code, why, PH + r + "\n")
case(PIM, 3, "field count", PH + "Dr X,gp-partner,M81004\n")
case(PIM, 3, "header has no", "name,email\nDr X,x@nhs.net\n")
case(PIM, 3, "UTF-8", (PH + "Dr Jos\xe9,gp-locum,,j@nhs.net,,,\n").encode("latin-1"))

# skills
SH = "person,skill,level\n"
SIM = ["skill", "import", "{file}"]
for r, code, why in [("Dr Asha Patel,diabetes,interest", 3, "email or a GMC"), ("1,diabetes,", 3, "email or a GMC"),
                     ("nobody@nhs.net,diabetes,", 4, "no such person"), ("7999999,diabetes,", 4, "no such person"),
                     ("asha@nhs.net,,", 3, "field skill"), ("asha@nhs.net,!!!,", 3, "field skill"),
                     ("asha@nhs.net,diabetes,guru", 3, "field level"), ("asha@nhs.net," + "s" * 100 + ",", 3, "field skill"),
                     ("asha@nhs.net,diabetes,interest,extra", 3, "field count")]:
    case(SIM, code, why, SH + r + "\n")

# sign-in sheets (meeting 1 is past, 2 is after today)
AH = "person,for_practice,status\n"
for m, r, code, why in [("1", "asha@nhs.net,,came", 3, "field status"), ("1", "asha@nhs.net,,", 3, "field status"),
                        ("1", "nobody@nhs.net,,attended", 4, "field person"), ("1", "asha@nhs.net,M81099,attended", 4, "field for_practice"),
                        ("2", "asha@nhs.net,,attended", 3, "only apologies"), ("1", "Ashley,,attended", 4, "field person"),
                        ("1", "asha@nhs.net,M8109,attended", 4, "for_practice"), ("1", "asha@nhs.net,,attended,x", 3, "field count")]:
    case(["meeting", "attend", m, "--file", "{file}"], code, why, AH + r + "\n")

# command-line values
for d in ["2027-02-30", "2027-13-01", "27-01-01", "tomorrow", "2027/01/01", "", " ", "2027-1-1", "01-01-2027", "2027-01-01T00:00",
          "20270101", "2027-00-10", "2027-04-31", "2100-02-29", "now"]:
    case(["practice", "close", "M81004", "--date", d, "--yes"], 3, "not a date")
for d in ["2027-02-29", "yesterday!", "1/1/27"]:
    case(["meeting", "add", "--kind", "board", "--date", d], 3, "not a date")
case(["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--start", "-1:00"], 2, "unexpected argument")
case(["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--duration", "-30m"], 2, "unexpected argument")
case(["meeting", "show", "-1"], 2, "unexpected argument")
for t in ["24:00", "12:60", "9:30", "noon", "12:30:00", "1230", "12h30"]:
    case(["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--start", t], 3, "not a time")
for d in ["forever", "0m", "25h", "2h30", "h", "90", "1d"]:
    case(["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--duration", d], 3, "not a duration")
for r in ["5th mon", "2nd", "tuesday", "every tue", "2nd tuesdays please", "last", "0th mon", "2nd funday"]:
    case(["meeting", "schedule", "--kind", "locality", "--locality", "Evesham", "--year", "2027", "--rule", r], 3, "not a monthly rule")
for a in ["three hundred", "1e3", "1,000", "3.999", "", "£", "0x10", "380.", ".5", "--5"]:
    case(["session", "rate", "set", "gp", a, "--from", "2027-01-01"], 3, "not an amount")
for s in ["1.005", "one", "", "1,5", "½"]:
    case(["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", s, "--fund", "contingency"], 3, "not a number of sessions")
for g in ["701234", "70123456", "7O12345", "abc", "7 012345"]:
    case(["person", "add", "Dr Z", "--role", "gp-locum", "--gmc", g], 3, "not a GMC number")
for e in ["zz", "a@b", "a@@b.uk", "a b@c.uk", "@nhs.net"]:
    case(["person", "add", "Dr Z", "--role", "gp-locum", "--email", e], 3, "not an email")
for c in ["M8100", "M810044", "81004M", "M81O04", "", "'; DROP TABLE practice;--"]:
    case(["practice", "add", c, "X Surgery", "--locality", "Evesham"], 3, "not a practice code")
for ref, code, why in [("nobody@nhs.net", 4, "no such person"), ("7999999", 4, "GMC number"), ("999", 4, "(id)"),
                       ("Dr Nobody", 4, "(name)"), ("'; DROP TABLE person;--", 4, "no such person"), ("%", 4, "no such person"),
                       ("_", 4, "no such person"), ("Dr Tom Reed", 5, "matches 2 people")]:
    case(["person", "show", ref], code, why)
for ref in ["Nowhere", "%", "' OR 1=1 --"]:
    case(["locality", "show", ref], 4, "no such locality")
for ref in ["x", "0", "1.5", "99999999999999999999"]:
    case(["meeting", "show", ref], 3 if ref != "0" else 3, "not a meeting id")
for m in ["2027-00", "2027-13", "13-2027", "2027", "last month"]:
    case(["session", "export", "--month", m], 3, "not a month")
for fy in ["2027-29", "27-28", "2027", "2027/28", "next"]:
    case(["report", "engagement", "--fy", fy], 3, "not a financial year")
for y in ["27", "20270", "year", "1999"]:
    case(["meeting", "schedule", "--kind", "locality", "--locality", "Evesham", "--year", y, "--rule", "1st mon"], 3, "not a year")
# Found by fuzzing: a financial year whose end would need a five-digit year.
for fy in ["9999-00"]:
    case(["report", "engagement", "--fy", fy], 3, "not a financial year")
    case(["session", "budget", "set", "general", "100.00", "--fy", fy], 3, "not a financial year")

# Round 2 (reliability): bounds, invisible characters, twins in one file.
for a in ["100000.01", "999999999.99"]:
    case(["session", "rate", "set", "gp", a, "--from", "2027-01-01"], 3, "a rate is 0.00 to 100,000.00")
for s_ in ["0", "100.01", "-100.01", "999999999.99"]:
    case(["session", "claim", "asha@nhs.net", "--date", "2027-01-10", "--sessions", s_, "--fund", "contingency"], 3, "a claim is 0.01 to 100.00")
for d in ["0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"]:
    case(["session", "claim", "asha@nhs.net", "--date", d, "--sessions", "1", "--fund", "contingency"], 3, "1900-01-01 to 2199-12-31")
    case(["meeting", "add", "--kind", "board", "--date", d], 3, "1900-01-01 to 2199-12-31")
case(["person", "appoint", "asha@nhs.net", "board-member", "--sessions-per-month", "40.01"], 3, "sessions a month is 0.01 to 40.00")
case(["meeting", "add", "--kind", "board", "--date", "2027-01-20", "--sessions", "10.01"], 3, "a meeting's sessions is 0.00 to 10.00")
case(["session", "export", "--month", "2027-12", "--finalise", "--yes"], 3, "has not ended")
case(["session", "accrue", "--month", "2099-01"], 3, "has not ended")
case(["meeting", "add", "--kind", "board", "--date", "2027-03-28", "--start", "01:30"], 3, "does not exist on 2027-03-28")
invisible = ["\u202e", "\u200b", "\u200d", "\u2066", "\ufeff", "\u00ad", "\u2060", "\U000e0041"]
for ch in invisible:
    case(["person", "add", f"Dr As{ch}ha", "--role", "gp-locum"], 3, "invisible or control character")
    case(["locality", "add", f"Even{ch}sham"], 3, "invisible or control character")
    case(PI, 3, "field name", H + f"M81099,New{ch} Surgery,Evesham,1000,WR11 1JP,01386 444400,urban\n")
    case(["person", "import", "{file}"], 3, "invisible or control character", f"name,role,email\nDr {ch}Zed,gp-locum,zed@nhs.net\n")
# Round 3 (lifecycle): fillers that draw nothing, the grapheme joiner, line and
# paragraph separators (a "Dr Asha Patel" twin that lists identically), and loose emails.
for ch in ["\u3164", "\u034f", "\u2028", "\u2029", "\u115f", "\u1160", "\uffa0"]:
    case(["person", "add", f"Dr Asha{ch} Patel", "--role", "gp-locum"], 3, "invisible or control character")
    case(["practice", "add", "M81099", f"New{ch} Surgery", "--locality", "Evesham"], 3, "invisible or control character")
    case(["person", "import", "{file}"], 3, "invisible or control character", f"name,role,email\nDr As{ch}ha,gp-locum,zed@nhs.net\n")
for e in ["mailto:a@x.net", ".a@x.net", "a.@x.net", "a..b@x.net", "a(comment)@x.net", "a@x..net", "a@x.net."]:
    case(["person", "add", "Dr Z", "--role", "gp-locum", "--email", e], 3, "not an email")
    case(["person", "import", "{file}"], 3, "field email", f"name,role,email\nDr Z,gp-locum,{e}\n")
case(["person", "import", "{file}"], 3, "is on lines 2 and 3", "name,role,email\nDr Y,gp-locum,y@nhs.net\nDr Z,gp-locum,Y@NHS.net\n")
case(["person", "import", "{file}"], 3, "is on lines 2 and 4", "name,role,gmc\nDr Y,gp-locum,7111111\nDr X,gp-locum,7222222\nDr Z,gp-locum,7111111\n")

# Round 3: groups and meeting business (the register has the committee Board, meeting 1
# with Asha present and item 1, meeting 2 still to come).
for ch in invisible[:4]:
    case(["group", "add", f"Bo{ch}ard 2", "--kind", "forum"], 3, "invisible or control character")
    case(["meeting", "item", "add", "1", f"Fin{ch}ance"], 3, "invisible or control character")
    case(["meeting", "minute", "1", "--item", "1", f"Noted{ch}."], 3, "invisible or control character")
    case(["meeting", "note", "1", f"Said{ch}."], 3, "invisible or control character")
for n in ["0", "1.5", "one", "+1", "1000"]:
    case(["meeting", "decide", "1", "--item", n, "Agreed"], 3, "not an item number")
for d in ["soon", "2027-02-30", "31/01/2027"]:
    case(["meeting", "action", "1", "--item", "1", "Write", "--owner", "asha@nhs.net", "--due", d], 3, "--due")
for a in ["0", "x", "1.0"]:
    case(["action", "done", a], 3, "not an action number")
for q in ["0", "2.5", "lots", "1001"]:
    case(["group", "add", "Forum", "--kind", "forum", "--quorum", q], 3, "not a quorum")
case(["group", "join", "Board", "M81004", "--voting"], 3, "practices do not vote")
case(["group", "join", "Board", "asha@nhs.net", "--from", "2027-02-01", "--until", "2027-01-01"], 3, "is before --from")
case(["group", "join", "Nowhere", "asha@nhs.net"], 4, "no such group")
case(["group", "add", "BOARD", "--kind", "forum"], 5, "already called")
case(["meeting", "declare", "1", "tom@nhs.net", "Director"], 3, "is not recorded at meeting 1")
case(["meeting", "declare", "1", "asha@nhs.net", "Director", "--item", "2"], 4, "has no item 2")
case(["meeting", "minute", "2", "--item", "1", "Too soon"], 3, "after today")
case(["meeting", "add", "--kind", "locality", "--locality", "EVE", "--group", "Board", "--date", "2027-01-20"], 3, "its meetings are of kind board or other")
case(["report", "visits", "--round", "Nowhere"], 4, "no visits in a round")

# Round 4: measures (the register has the measure items, no values yet).
MI = ["measure", "import", "items", "{file}", "--period", "2018", "--code-column", "code",
      "--numerator-column", "n", "--denominator-column", "d"]
MH = "code,n,d\n"
for n in ["-1", "1e3", "lots", "0x10", '"1,5"', "١٠", "+5", "5 000", "1.2.3", "Infinity", "inf"]:
    case(MI, 3, "is not a number", MH + f"M81004,{n},10000\n")
for d in ["-10000", "ten", "1e4"]:
    case(MI, 3, "is not a number", MH + f"M81004,5,{d}\n")
case(MI, 3, "appears twice with different values", MH + "M81004,5,10000\nM81004,6,10000\n")
case(MI, 3, "the header has no \"d\" column", "code,n,denominator\nM81004,5,10000\n")
case(MI, 3, "no row of", MH + "M81004,NA,10000\n,5,10000\nM81007,:,nan\n")
case(MI, 3, "the file is empty", "")
case(MI, 3, "UTF-16", "\ufeffcode,n,d\n".encode("utf-16"))
case(MI, 3, "expected 3 fields", MH + "M81004,5\n")
case(MI + ["--decimal-comma", "--delimiter", ";"], 3, "is not a number", "code;n;d\nM81004;1.23;10000\n")
case(MI + ["--delimiter", "ab"], 2, "not one character")
case(["measure", "import", "nothing", "{file}", "--period", "1", "--code-column", "code", "--numerator-column", "n"], 4,
     "no such measure", MH + "M81004,5,10000\n")
for ch in invisible[:4]:
    case(["measure", "add", f"it{ch}ems2"], 3, "invisible or control character")
    case(MI[:4] + ["--period", f"20{ch}18"] + MI[6:], 3, "invisible or control character", MH + "M81004,5,10000\n")
for per in ["0", "-5", "1.5", "lots", "1000001"]:
    case(["measure", "add", "rate2", f"--per={per}"], 3, "--per")
case(["measure", "add", "ITEMS"], 5, "already called")
case(["report", "benchmark", "items"], 4, "has no values")
case(["report", "benchmark", "nothing"], 4, "no such measure")

with open(os.path.join(here, "cases.jsonl"), "w") as f:
    for c in cases:
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(cases), "cases")
