import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.environ.get("SEEDS", os.path.join(HERE, "../../../../shared/seeds"))
DATA = os.path.join(HERE, "../..")
sys.path.insert(0, HERE)
import re, sys, csv

OPS={'=','>=','<=','≥','≤','>','<'}
DL=re.compile(r'^\d{4}-\d{2}$')
def lines(f): return open(os.path.join(SEEDS,f),encoding='utf8').read().split('\n')
out=[]; flagged=[]
def eight(doc,f,tables):
    L=lines(f)
    for tid,start,end,project in tables:
        inind=False; l1=l2=None
        for n in range(start,end+1):
            s=L[n-1]
            if '一级指标' in s and '三级指标' in s: inind=True; l1=l2=None; continue
            if not inind or not s.strip(): continue
            if s.startswith('#') or '绩效目标表' in s or s.strip() in ('表16','表17','单位：万元'): continue
            c=s.split('\t')
            t=c[1:] if True else c
            while t and t[-1]=='': t.pop()
            if len(t)==8 and t[3]=='' and DL.match(t[7]): t=t[:3]+t[4:]; xnote='the table prints an empty column after 三级指标'
            else: xnote=''
            ok = len(t)==7 and DL.match(t[6]) and (t[3] in OPS or t[3]=='') and t[2]!=''
            if not ok: flagged.append((doc,tid,n,s.replace('\t',' | '))); continue
            out.append(dict(notes=xnote,document_id=doc,table_id=tid,line=n,seq=1,project=project,level1=t[0],level2=t[1],level3=t[2],operator=t[3],target=t[4],measure_unit=t[5],deadline=t[6]))
eight('210300-bureau-2024-budget','000_40f2de11a2278ee4.txt',[('T17',503,545,''),('T18',547,566,'政府采购劳务派遣工作经费'),('T18',568,588,'医保基金监管经费')])
names={'T10':'离休干部医药费','T11':'公务员医疗补助','T12':'医保基金运行费','T13':'下达省财政城乡居民基本医疗保险补助资金','T14':'下达城乡居民基本医疗保险补助中央资金','T15':'下达中央财政医疗救助补助资金','T16':'下达省财政城乡医疗救助补助资金','T17':'下达医疗服务与保障能力提升补助（医疗保障服务能力提升部分）资金','T18':'城乡医疗救助','T19':'城乡居民基本医疗保险','T20':'物业费、水电费（保运转）'}
rng={'T09':(305,340),'T10':(342,355),'T11':(357,371),'T12':(373,391),'T13':(393,413),'T14':(417,437),'T15':(439,460),'T16':(462,484),'T17':(486,504),'T18':(506,522),'T19':(524,539),'T20':(541,563)}
eight('210400-centre-2024-budget','003_abee6ec0de6ec728.txt',[(t,a,b,names.get(t,'')) for t,(a,b) in rng.items()])
w=csv.DictWriter(open(os.path.join(HERE,'draft_8col.csv'),'w',newline=''),fieldnames=['notes','document_id','table_id','line','seq','project','level1','level2','level3','operator','target','measure_unit','deadline'])
w.writeheader(); w.writerows(out)
print(len(out),'parsed'); 
for x in flagged: print('FLAG',*x)
