#!/usr/bin/env bash
# make demo: audits the bundled fixtures (fixtures/) of the five jurisdictions under their own rule packs and writes
# the real reports into reports/<pack>/<period>/, with one history store reports/auditor.db. 潢川 is audited for two
# consecutive quarters so that 整改不到位 (约谈) shows.
set -euo pipefail
cli="$1"
cd "$(dirname "$0")/.."
run() { echo; echo "\$ auditor $*"; $cli "$@"; }

rm -f reports/auditor.db
asof_q2="2026-07-15 00:00"
asof_q3="2026-10-15 00:00"

run audit --pack huangchuan --period 2026Q2 --as-of "$asof_q2" \
  --logs "fixtures/huangchuan/潢川县2026年第二季度政务舆情处置台账.xlsx" --units fixtures/huangchuan/units.csv \
  --out reports/huangchuan/2026Q2
run audit --pack huangchuan --period 2026Q3 --as-of "$asof_q3" \
  --logs "fixtures/huangchuan/潢川县2026年第三季度政务舆情处置台账.xlsx" --units fixtures/huangchuan/units.csv \
  --out reports/huangchuan/2026Q3
run audit --pack gaoan --period 2026Q3 --as-of "$asof_q3" \
  --logs "fixtures/gaoan/高安市2026年第三季度政务舆情应急处置台账.xls" --units fixtures/gaoan/units.csv \
  --out reports/gaoan/2026Q3
run audit --pack zhanggong --period 2026Q3 --as-of "$asof_q3" \
  --logs "fixtures/zhanggong/章贡区舆情处置环节流水_2026Q3.csv" --units fixtures/zhanggong/units.csv \
  --out reports/zhanggong/2026Q3
run audit --pack xuchang --period 2026Q3 --as-of "$asof_q3" \
  --logs "fixtures/xuchang/许昌市自然资源和规划局网络舆情处置登记表.csv" --units fixtures/xuchang/units.csv \
  --out reports/xuchang/2026Q3
run audit --pack nanan --period 2026Q3 --as-of "$asof_q3" \
  --logs "fixtures/nanan/南安市2026年第三季度政务舆情监测研判回应登记表.csv" --units fixtures/nanan/units.csv \
  --out reports/nanan/2026Q3
first_unit=$(sed -n 2p fixtures/huangchuan/units.csv | cut -d, -f2)
run selfcheck --pack huangchuan --period 2026Q3 --as-of "$asof_q3" --unit "$first_unit" \
  --logs "fixtures/huangchuan/潢川县2026年第三季度政务舆情处置台账.xlsx" --units fixtures/huangchuan/units.csv \
  --history reports/auditor.db --out "reports/huangchuan/2026Q3-自查"
run history --pack huangchuan --history reports/auditor.db
run deadline --start "2026-09-29 09:00" --window 3d

echo
echo "示例报告已写入 reports/（每个规则包一个目录；历史库 reports/auditor.db）。"
