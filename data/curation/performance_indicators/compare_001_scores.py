import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = os.environ.get("SEEDS", os.path.join(HERE, "../../../../shared/seeds"))
DATA = os.path.join(HERE, "../..")
sys.path.insert(0, HERE)
import csv,re
L=open(os.path.join(SEEDS,'001_d0c77a329ce627f3.txt'),encoding='utf8').read().split('\n')
num=re.compile(r'^\d+(\.\s*\d+)?$|^\d+\.\s\d+$')
agree=dis=0
for r in csv.DictReader(open(os.path.join(DATA,'performance_indicators.csv'))):
    if r['document_id']!='210311-bureau-2024-final': continue
    cells=[c.strip() for c in L[int(r['line'])-1].split('\t')]
    # script entry: the completion cell (1 or n%) followed by two numbers: 分值, 得分
    got=None
    for i in range(len(cells)-2):
        if re.match(r'^(1|\d+(\.\d)?%)$',cells[i]) and num.match(cells[i+1]) and num.match(cells[i+2]):
            got=(cells[i],cells[i+1].replace(' ',''),cells[i+2].replace(' ','')); break
    mine=(r['completion'],r['weight'],r['score'])
    if got==mine: agree+=1
    else: dis+=1; print('DIFF',r['table_id'],r['line'],'script',got,'hand',mine)
print('agree',agree,'differ',dis)
