import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.environ.get("SEEDS", os.path.join(HERE, "../../../../shared/seeds"))
DATA = os.path.join(HERE, "../..")
sys.path.insert(0, HERE)
import re, csv
L=open(os.path.join(SEEDS,'002_7cae605de1a9dcbd.txt'),encoding='utf8').read().split('\n')
OPRE=re.compile(r'^(≥|≤|>=|<=|=)\s*(.*)$')
def split(v):
    m=OPRE.match(v)
    return (m.group(1),m.group(2)) if m else ('',v)
out=[];flag=[]
doc='411624-bureau-2024-budget'
l1=l2=None
for n in range(462,493):
    s=L[n-1]
    if not s.strip(): continue
    t=s.split('\t')
    while t and t[-1]=='': t.pop()
    if len(t)!=4 or t[2]=='' : flag.append((n,s.replace('\t',' | '))); continue
    op,val=split(t[3])
    out.append(dict(document_id=doc,table_id='T11',line=n,seq=1,project='',level1=t[0],level2=t[1],level3=t[2],operator=op,target=val,measure_unit='',deadline=''))
proj={505:'2024年其他刚性支出-多层次医保领域扶贫',508:'2024年专项经费-基金监管工作经费（专项督查、调研等监管）',513:'2024年专项经费-健全重特大疾病、因病返贫监测工作经费',516:'2024年专项经费-行政办公、办案工作经费',519:'2024年专项经费-医保监管网络安全、国家医保平台建设及服务经费',523:'2024年专项经费-医保政策宣传工作经费',528:'2024年专项经费-医疗服务价格工作经费',531:'2024年专项经费-医疗救助工作经费',534:'2024年专项经费-职工居民基本医疗保险工作经费',538:'2024年保民生-城乡医疗救助',541:'2024年其他刚性支出-资助参保'}
cur=None
G=['成本指标','产出指标','效益指标','满意度指标']
for n in range(505,545):
    s=L[n-1]
    if not s.strip(): continue
    if n in proj: cur=proj[n]
    if n==525: flag.append((n,s.replace('\t',' | '))); continue
    t=s.split('\t')+['']*14
    seq=0
    for g in range(4):
        name,val=t[6+2*g],t[7+2*g]
        if name=='' and val=='': continue
        seq+=1
        op,v=split(val)
        out.append(dict(document_id=doc,table_id='T12',line=n,seq=seq,project=cur,level1=G[g],level2='',level3=name,operator=op,target=v,measure_unit='',deadline=''))
w=csv.DictWriter(open(os.path.join(HERE,'draft_shenqiu.csv'),'w',newline=''),fieldnames=list(out[0].keys()))
w.writeheader(); w.writerows(out)
print(len(out))
for f in flag: print('FLAG',*f)
