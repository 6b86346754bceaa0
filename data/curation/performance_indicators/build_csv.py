import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.environ.get("SEEDS", os.path.join(HERE, "../../../../shared/seeds"))
DATA = os.path.join(HERE, "../..")
sys.path.insert(0, HERE)
import csv
from hand_rows import M
F=['document_id','table_id','line','seq','subunit_id','project','level1','level2','level3','operator','target','measure_unit','deadline','actual','completion','weight','score','status','printed','notes']
rows={}
for f in [os.path.join(HERE,'draft_8col.csv'),os.path.join(HERE,'draft_shenqiu.csv')]:
    for r in csv.DictReader(open(f)):
        d={k:'' for k in F}; d.update({k:v for k,v in r.items() if k in F and v is not None}); d['status']='value'
        rows[(d['document_id'],d['table_id'],int(d['line']),int(d['seq']))]=d
for m in M:
    d=dict(zip(F,[str(x) for x in m]))
    rows[(d['document_id'],d['table_id'],int(d['line']),int(d['seq']))]=d
k=('411624-bureau-2024-budget','T12',523,3); rows[k]['level3']+=' 政策知晓率'; rows[k]['notes']='三级指标 wraps to line 525 (政策知晓率)'
k=('411624-bureau-2024-budget','T12',523,4); rows[k]['level3']+=' 服务满意度'; rows[k]['notes']='三级指标 wraps to line 525 (服务满意度)'
OPS={'=':'eq','>=':'ge','<=':'le','≥':'ge_sign','≤':'le_sign','':''}
for d in rows.values():
    if d['operator']=='<= <=': d['operator']=''; d['printed']=('运算符号 <= <=; '+d['printed']).strip('; ')
    if d['actual']=='-': d['actual']=''; d['printed']=('全年完成值 printed as a dash (-); '+d['printed']).strip('; ')
    d['operator']=OPS[d['operator']]
order={d:i for i,d in enumerate(['210300-bureau-2024-budget','210311-bureau-2024-final','411624-bureau-2024-budget','210400-centre-2024-budget'])}
out=sorted(rows.values(),key=lambda d:(order[d['document_id']],d['table_id'],int(d['line']),int(d['seq'])))
OUT=['document_id','table_id','line','subunit_id','seq']+F[5:]
w=csv.DictWriter(open(sys.argv[1],'w',newline='',encoding='utf8'),fieldnames=OUT,lineterminator='\n')
w.writeheader(); w.writerows(out)
from collections import Counter
print(len(out), Counter((d['document_id'],d['table_id']) for d in out))
