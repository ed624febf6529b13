#!/usr/bin/env bash
# A whole election by curl, from an empty database to the exported CSV, against the run command's server:
#   PARTVOTE_ADMIN_EMAILS=chief@club.example PARTVOTE_REGISTRATION_MODE=roll ./mvnw -pl bootstrap -am spring-boot:test-run
# then, in another terminal, scripts/election-night-demo.sh (needs curl and python3). Not part of CI.
B=http://localhost:8080
say() { printf '\n$ %s\n' "$*"; }
j() { python3 -c 'import sys,json; d=json.load(sys.stdin); print(json.dumps(d, ensure_ascii=False)[:600])'; }
say "sign up the configured admin (PARTVOTE_ADMIN_EMAILS=chief@club.example)"
curl -s -X POST $B/api/users/signups/ -H 'Content-Type: application/json' -d '{"name":"관리자","email":"chief@club.example","password":"password-123","part":"BE"}' | j
ADMIN=$(curl -s -X POST $B/api/users/logins/ -H 'Content-Type: application/json' -d '{"email":"chief@club.example","password":"password-123"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["detail"]["token"]["access_token"])')
say "upload the roll with one bad line (nothing changes)"
printf 'email,name,part,team\nkim@club.example,김채림,FE,포켓돈\nnot-an-email,누구,FE,\n' | curl -s -X POST $B/api/admin/roll/ -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' --data-binary @- | j
say "upload the roll (BOM, CRLF)"
printf '\xef\xbb\xbfemail,name,part,team\r\nkim@club.example,김채림,FE,포켓돈\r\nlee@club.example,이수,BE,\r\n' | curl -s -X POST $B/api/admin/roll/ -H "Authorization: Bearer $ADMIN" -H 'Content-Type: text/csv' --data-binary @- | j
say "create an election (DRAFT)"
curl -s -X POST $B/api/admin/elections/ -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' -d '{"slug":"spring-2027","title":"2027 봄 대표 선거","kind":"CANDIDATES","results":"AFTER_CLOSE","rules":["MAX_CHOICES(1)"],"choices":[{"key":"a","name":"김채림"},{"key":"b","name":"신성우"}]}' | j
say "publish a draft (wrong step)"
curl -s -X POST $B/api/admin/elections/spring-2027/publish/ -H "Authorization: Bearer $ADMIN" | j
say "open it now"
curl -s -X POST $B/api/admin/elections/spring-2027/open/ -H "Authorization: Bearer $ADMIN" | j
say "an email not on the roll signs up"
curl -s -X POST $B/api/users/signups/ -H 'Content-Type: application/json' -d '{"name":"외부인","email":"stranger@club.example","password":"password-123","part":"FE"}' | j
say "a rolled member signs up (form says BE; the roll says FE)"
curl -s -X POST $B/api/users/signups/ -H 'Content-Type: application/json' -d '{"name":"김채림","email":"kim@club.example","password":"password-123","part":"BE"}' | j
KIM=$(curl -s -X POST $B/api/users/logins/ -H 'Content-Type: application/json' -d '{"email":"kim@club.example","password":"password-123"}' | python3 -c 'import sys,json; print(json.load(sys.stdin)["detail"]["token"]["access_token"])')
CHOICE=$(curl -s $B/api/elections/spring-2027/ -H "Authorization: Bearer $KIM" | python3 -c 'import sys,json; print(json.load(sys.stdin)["detail"]["choices"][1]["id"])')
say "she votes"
curl -s -X POST $B/api/elections/spring-2027/votes/ -H "Authorization: Bearer $KIM" -H 'Content-Type: application/json' -d "{\"choice\":$CHOICE}" | j
say "results while open (embargoed for members)"
curl -s $B/api/elections/spring-2027/results/ -H "Authorization: Bearer $KIM" | j
say "turnout"
curl -s $B/api/admin/elections/spring-2027/turnout/ -H "Authorization: Bearer $ADMIN" | j
say "close, then publish"
curl -s -X POST $B/api/admin/elections/spring-2027/close/ -H "Authorization: Bearer $ADMIN" | j
curl -s -X POST $B/api/admin/elections/spring-2027/publish/ -H "Authorization: Bearer $ADMIN" | j
say "a vote after the close"
curl -s -X POST $B/api/elections/spring-2027/votes/ -H "Authorization: Bearer $KIM" -H 'Content-Type: application/json' -d "{\"choice\":$CHOICE}" | j
say "the CSV"
curl -s $B/api/admin/elections/spring-2027/results.csv -H "Authorization: Bearer $ADMIN" -D - | tr -d '\r'
say "the audit trail of the election"
curl -s "$B/api/admin/audit/?election=spring-2027" -H "Authorization: Bearer $ADMIN" | python3 -c 'import sys,json; [print(e["seq"], e["at"], e["actor"], e["action"], e["before"].get("state"), "->", e["after"].get("state")) for e in json.load(sys.stdin)["detail"]]'
