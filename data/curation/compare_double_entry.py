import csv,sys
from decimal import Decimal
d=sys.argv[1]
KEYS={"functional":["line"],"economic":["line","section"],"three_public":["item","measure"],"summary":["line","side","column"],"projects":["line"],"claims":["line","subject","kind","fiscal_year"]}
VAL={"functional":["code","row_kind","subunit_id","total","basic","personnel","personnel_wages","personnel_households","public","public_goods","public_capital","project","project_operating","project_specific"],
"economic":["code","row_kind","total","personnel","public","gov_code"],"three_public":["amount","line"],"summary":["item","code","amount"],"projects":["amount","amount_general_budget","category","name"],"claims":["amount","stage","unit"]}
def norm(v):
    try: return str(Decimal(v).normalize()) if v not in ("",None) else ""
    except Exception: return v
for f,keys in KEYS.items():
    def load(w):
        try: rows=list(csv.DictReader(open(f"/work/transcribe/{w}/{d}/{f}.csv",encoding="utf-8")))
        except FileNotFoundError: return {}
        out={}
        for r in rows:
            k=tuple(r.get(x,"") for x in keys)
            if f=="three_public": k=(r["table_id"],)+k
            out.setdefault(k,[]).append(r)
        return out
    A,B=load("A"),load("B")
    diffs=0
    for k in sorted(set(A)|set(B)):
        a=A.get(k);b=B.get(k)
        if not a or not b:
            diffs+=1; print(f"{f} {k}: only in {'A' if a else 'B'}: {[ (r.get('name') or r.get('quote') or r.get('item'))[:40] for r in (a or b)]}"); continue
        for col in VAL[f]:
            va=norm(a[0].get(col,"")); vb=norm(b[0].get(col,""))
            if va!=vb: diffs+=1; print(f"{f} {k} {col}: A={va!r} B={vb!r}  [{(a[0].get('name') or a[0].get('quote') or '')[:30]}]")
    print(f"== {f}: A {sum(map(len,A.values()))} rows, B {sum(map(len,B.values()))} rows, {diffs} differences")
