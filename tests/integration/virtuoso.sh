#!/usr/bin/env bash
# Virtuoso (Debian's virtuoso-opensource-7-bin), started here on free loopback ports with its
# own ini and database in a scratch folder and stopped on exit, bulk-loads the N-Quads of every
# bundled article, each into its named graph, and answers every question of
# seed_questions.json over HTTP (/sparql).
set -u
bin=$1
root=$2
for tool in virtuoso-t isql-vt /usr/bin/python3; do
  command -v $tool >/dev/null || { echo "FAIL: $tool is not installed (tools/install-deps.sh installs it)"; exit 1; }
done
work=$(mktemp -d)
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null
    for _ in $(seq 40); do kill -0 "$server" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$server" 2>/dev/null
    wait "$server" 2>/dev/null
  fi
  rm -rf "$work"
}
trap stop_server EXIT
trap 'exit 1' INT TERM # so that EXIT runs the clean-up when ctest gives up on the test
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Two free loopback ports: SQL (isql) and HTTP (/sparql).
read -r sql_port http_port < <(/usr/bin/python3 -c '
import socket
sockets = [socket.socket() for _ in range(2)]
for s in sockets: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in sockets))')
mkdir -p "$work/data"
# CaseMode 2 as in Debian's own virtuoso.ini: under the built-in default (1, upper case),
# /sparql writes an ASK answer as a one-column table instead of {"boolean": ...}.
# CheckpointInterval 0: the test checkpoints once after loading, never while asking.
cat >"$work/virtuoso.ini" <<INI
[Database]
DatabaseFile = $work/virtuoso.db
ErrorLogFile = $work/virtuoso.log
LockFile = $work/virtuoso.lck
TransactionFile = $work/virtuoso.trx
xa_persistent_file = $work/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $work/virtuoso-temp.db
TransactionFile = $work/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DisableUnixSocket = 1
CaseMode = 2
CheckpointInterval = 0
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = $work/data

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $work
ServerThreads = 4
MaxClientConnections = 4

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
INI

# The articles, one N-Quads file each; the count newsgraph reports is what its graph must hold.
graphs=()
seed_graph=""
for article in "$root"/data/articles/*.txt "$root"/tests/data/articles/*.txt; do
  name=$(basename "$article" .txt)
  out="$work/data/$name.nq"
  report=$("$bin" build --deterministic -f nquads "$article" -o "$out" 2>&1) ||
    { fail "newsgraph failed on $article: $report"; continue; }
  triples=$(sed -n 's/.*: \([0-9]*\) triples,.*/\1/p' <<<"$report")
  graph=$(awk 'NR == 1 { print substr($(NF-1), 2, length($(NF-1)) - 2) }' "$out")
  [ -n "$triples" ] && [ -n "$graph" ] || { fail "$name: no triple count or graph name in '$report'"; continue; }
  graphs+=(--graph "$graph=$triples")
  [ "$name" = seed-avim-2020-08-14 ] && seed_graph=$graph
done
[ -n "$seed_graph" ] || { echo "FAIL: the seed article's graph is missing"; exit 1; }

# The server runs under timeout too, so that it cannot outlive a test killed from outside.
(cd "$work" && exec timeout --kill-after=10 600 virtuoso-t +foreground +configfile "$work/virtuoso.ini") \
  >"$work/server.out" 2>&1 &
server=$!
isql() { timeout "$1" isql-vt "127.0.0.1:$sql_port" dba dba exec="$2" 2>&1; }
ready=0
deadline=$((SECONDS + 60))
while [ "$SECONDS" -lt "$deadline" ]; do
  kill -0 "$server" 2>/dev/null || break
  if isql 5 "status();" >/dev/null; then ready=1; break; fi
  sleep 0.5
done
if [ "$ready" = 0 ]; then
  if kill -0 "$server" 2>/dev/null; then
    echo "FAIL: Virtuoso did not answer on 127.0.0.1:$sql_port within 60 s; its log ends:"
  else
    echo "FAIL: Virtuoso stopped before answering on 127.0.0.1:$sql_port; its log ends:"
  fi
  tail -n 20 "$work/server.out" "$work/virtuoso.log" 2>/dev/null
  exit 1
fi

# The bulk loader takes each quad's graph from the N-Quads file; the third argument of
# ld_dir is only the graph of triple files, of which there are none.
load=$(isql 120 "ld_dir('$work/data', '*.nq', 'http://dummy'); rdf_loader_run(); checkpoint;
  SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_state <> 2 OR ll_error IS NOT NULL;")
if [ $? -ne 0 ] || grep -q -e '\*\*\* Error' -e '^/' <<<"$load"; then
  fail "bulk load: $(grep -e 'Error' -e '^/' <<<"$load" | head -5)"
fi

# First over the whole store: the questions name no graph, and Virtuoso's default dataset,
# when neither the query (FROM) nor the request (default-graph-uri) names one, is the union
# of all its graphs (the articles' and its own system graphs). Then with the seed's graph as
# the default graph, so that every answer must come from the seed's own graph.
endpoint="http://127.0.0.1:$http_port/sparql"
questions="$root/tests/integration/seed_questions.json"
/usr/bin/python3 "$root/tests/integration/sparql_http.py" "$endpoint" "$questions" "${graphs[@]}" ||
  failures=$((failures + 1))
/usr/bin/python3 "$root/tests/integration/sparql_http.py" "$endpoint" "$questions" --default-graph "$seed_graph" ||
  failures=$((failures + 1))
[ "$failures" = 0 ] && echo "Virtuoso: all passed" || echo "Virtuoso: $failures failed"
[ "$failures" = 0 ]
