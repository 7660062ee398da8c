#!/usr/bin/env bash
# The platform's two everyday commands. See README.md.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1m%s\033[0m\n' "$*"; }
fail() { printf 'network.sh: %s\n' "$*" >&2; exit 1; }

docker_answers() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

rabbitmq_installed() {
  [ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || command -v rabbitmq-server >/dev/null 2>&1
}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    fail "this needs root to run: $*"
  fi
}

ensure_dotnet() {
  command -v dotnet >/dev/null 2>&1 || fail "the .NET SDK 10 is required: https://dotnet.microsoft.com/download"
}

# Tests and the local mode need a real RabbitMQ: a container when Docker answers, else the machine's server.
# The benchmarks always run in local mode, on the machine's server.
ensure_rabbitmq() {
  docker_answers || install_rabbitmq
}

install_rabbitmq() {
  rabbitmq_installed && return
  command -v apt-get >/dev/null 2>&1 || fail "install RabbitMQ (rabbitmq-server) or start a Docker engine, then run this again"
  say "Installing rabbitmq-server from the system's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
}

# The portal's browser tests drive Debian's Chromium: machines and CI reach no browser download.
install_chromium() {
  [ -x /usr/bin/chromium ] && return
  command -v apt-get >/dev/null 2>&1 || fail "install Chromium (/usr/bin/chromium) for the portal's browser tests, then run this again"
  say "Installing chromium from the system's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

# The tests' second pass runs on a private cluster of the machine's PostgreSQL (initdb and pg_ctl, as user postgres).
postgresql_installed() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null
}

install_postgresql() {
  postgresql_installed && return
  command -v apt-get >/dev/null 2>&1 || fail "install PostgreSQL (initdb and pg_ctl under /usr/lib/postgresql), then run this again"
  say "Installing postgresql from the system's packages"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# Sums the counters of the TRX files in $1 into "N passed, N failed, N skipped".
summarise() {
  find "$1" -name '*.trx' -exec cat {} + 2>/dev/null | grep -o '<Counters [^>]*>' | awk '
    function count(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
    { passed += count("passed"); failed += count("failed") + count("error") + count("timeout") + count("aborted"); skipped += count("notExecuted") }
    END { printf "%d passed, %d failed, %d skipped\n", passed, failed, skipped }'
}

# run_tests RESULTS LABEL TARGET [dotnet test arguments...] -- [VARIABLE=value...]
run_tests() {
  local results=$1 label=$2 target=$3 arguments=()
  shift 3
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do arguments+=("$1"); shift; done
  shift
  say "Running the tests ($label)"
  env "$@" dotnet test "$target" -c Release --no-build --logger trx --results-directory "$results" "${arguments[@]}" || return 1
}

# The C# code as the formatter lays it out (dotnet csharpier, pinned in dotnet-tools.json; lines of 120 characters at most).
check_layout() {
  say "Checking the code's layout"
  dotnet tool restore >/dev/null && dotnet csharpier check . >/dev/null 2>&1 && return
  dotnet csharpier check . 2>&1 | head -20
  echo "the code is not laid out as the formatter would: run ./network.sh format, then commit"
  return 1
}

cmd_format() {
  ensure_dotnet
  dotnet tool restore >/dev/null
  dotnet csharpier format .
}

# Test projects whose tests run on SQLite only: none touches a database of a service (the gateway's, identity's, the
# contract's, the Kubernetes manifests'), or its cost is its browser, not its database (the portal's: see README.md,
# "Tests").
SQLITE_ONLY_PROJECTS="Network.Gateway.Tests Network.DevIdentity.Tests Network.Contract.Tests Network.Deployment.Tests Network.Portal.Tests"
# The tests of a project that the PostgreSQL pass runs, when not all: the resilience suite's database promises (its
# faults); its access matrix, hostile input and personal-data scans judge the API and read SQLite files.
declare -A POSTGRESQL_FILTERS=(
  [Network.Resilience.Tests]="FullyQualifiedName~Network.Resilience.Tests.Faults"
)

# test [PROJECT] [dotnet test arguments...]: every project of the solution, or the one named, on SQLite then on
# PostgreSQL; a filter or any other argument goes to dotnet test as it is.
cmd_test() {
  local target=Network.sln
  if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    target=$1
    shift
  fi
  ensure_dotnet
  ensure_rabbitmq
  install_chromium
  install_postgresql
  local results status=0
  check_layout || status=1
  say "Building"
  dotnet build "$target" -c Release -warnaserror -nologo -clp:ErrorsOnly
  results=$(mktemp -d)
  local started=$SECONDS
  run_tests "$results/sqlite" "SQLite" "$target" "$@" -- NETWORK_TEST_DATABASE=Sqlite || status=1
  local projects=1 reports first
  [ "$target" = Network.sln ] && projects=$(find tests -name '*.Tests.csproj' | wc -l)
  first=$projects
  # The second pass: on PostgreSQL, every project whose tests touch a database (all of the solution's but those
  # listed in SQLITE_ONLY_PROJECTS), side by side as in the first pass (a solution filter of them), then the part of
  # those in POSTGRESQL_FILTERS; one project named runs on both.
  if [ "$target" = Network.sln ]; then
    local project name listed=() filtered=()
    for project in $(find tests -name '*.Tests.csproj' | sort); do
      name=$(basename "$project" .csproj)
      case " $SQLITE_ONLY_PROJECTS " in *" $name "*) continue ;; esac
      if [ -n "${POSTGRESQL_FILTERS[$name]:-}" ]; then filtered+=("$project"); else listed+=("$project"); fi
    done
    local slnf="$results/postgresql.slnf"
    printf '{ "solution": { "path": "%s", "projects": [%s] } }\n' "$PWD/Network.sln" \
      "$(printf '"%s",' "${listed[@]}" | sed 's/,$//')" >"$slnf"
    run_tests "$results/postgresql" "PostgreSQL" "$slnf" "$@" -- NETWORK_TEST_DATABASE=PostgreSql || status=1
    for project in "${filtered[@]}"; do
      name=$(basename "$project" .csproj)
      if [ $# -eq 0 ]; then
        run_tests "$results/postgresql" "PostgreSQL: $name" "$project" --filter "${POSTGRESQL_FILTERS[$name]}" \
          -- NETWORK_TEST_DATABASE=PostgreSql || status=1
      else
        run_tests "$results/postgresql" "PostgreSQL: $name" "$project" "$@" -- NETWORK_TEST_DATABASE=PostgreSql || status=1
      fi
    done
    projects=$((projects + ${#listed[@]} + ${#filtered[@]}))
  else
    run_tests "$results/postgresql" "PostgreSQL" "$target" "$@" -- NETWORK_TEST_DATABASE=PostgreSql || status=1
    projects=$((projects + 1))
  fi
  if docker_answers; then
    run_tests "$results/sqlserver" "SQL Server" "$target" "$@" -- NETWORK_TEST_DATABASE=SqlServer || status=1
    projects=$((projects + first))
  fi
  reports=$(find "$results" -name '*.trx' | wc -l)
  [ "$reports" -ge "$projects" ] || { echo "only $reports of $projects test runs reported"; status=1; }
  local elapsed=$((SECONDS - started)) pass line=""
  for pass in sqlite postgresql sqlserver; do
    [ -d "$results/$pass" ] && line="$line${line:+; }$pass: $(summarise "$results/$pass")"
  done
  echo "$(summarise "$results") ($line; $((elapsed / 60)) min)"
  rm -rf "$results"
  return $status
}

# The HTTP load generators of the benchmarks: wrk (saturation) and hey (a fixed rate).
ensure_load_tools() {
  local tool
  for tool in wrk hey; do
    command -v "$tool" >/dev/null 2>&1 && continue
    command -v apt-get >/dev/null 2>&1 || fail "install $tool (an HTTP load generator), then run this again"
    say "Installing $tool from the system's packages"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$tool" >/dev/null
  done
}

demo_users() {
  cat <<USERS
Demo users (password = user name), for the password grant of client network-cli:
  coordinatrice            coordinator
  admin.moulins            partner-admin, Centre social Les Moulins (Nice)
  mediateur.moulins        partner-staff, Centre social Les Moulins (Nice)
  conseiller.itinerant     partner-staff of two partners (send X-Partner-Id)
  nouvelle.structure       no role yet (may apply as a new partner)
  ... and more in infra/keycloak/development/network-realm.json (the development realm; never import it in production)
A token: curl -s -d grant_type=password -d client_id=network-cli -d username=coordinatrice -d password=coordinatrice http://localhost:8080/realms/network/protocol/openid-connect/token
USERS
}

# run [Key=value...]: the settings go to the app host, e.g. Database=PostgreSql.
cmd_run() {
  ensure_dotnet
  docker_answers || ensure_rabbitmq
  case " $* " in *" Database=PostgreSql "*) docker_answers || install_postgresql ;; esac
  # smtp4dev, which receives every e-mail the services send in local mode, is a tool of the repository's manifest.
  dotnet tool restore >/dev/null
  say "Starting the platform (Ctrl+C stops it)"
  cat <<INFO
  Portal:     http://localhost:5080/  (the web portal; "Se connecter" with a demo user below)
  Gateway:    http://localhost:5080   (API reference: http://localhost:5080/docs)
  Dashboard:  http://localhost:15080  (its login link, with a token, is printed below as "Login URL")
  Mail:       http://localhost:5081/  (smtp4dev: every e-mail the platform sends, on SMTP port 2525)
INFO
  demo_users
  local mode=local
  docker_answers && mode=containers
  say "Infrastructure: $mode mode (set Infrastructure=containers or Infrastructure=local to choose)"
  exec dotnet run --project apphost/Network.AppHost --launch-profile http -- "Infrastructure=$mode" "$@"
}

cmd_bench() {
  ensure_dotnet
  install_rabbitmq
  install_postgresql
  ensure_load_tools
  say "Building (Release)"
  dotnet build Network.sln -c Release -nologo -clp:ErrorsOnly
  say "Measuring; this takes a few minutes"
  dotnet run -c Release --no-build --project tests/Network.Benchmarks -- "$PWD/bench/results.md"
}

# The services' OpenAPI documents as their code describes them now, written over docs/openapi/ (tests/Network.Contract.Tests
# fails while a committed document differs from them).
cmd_openapi() {
  ensure_dotnet
  say "Writing docs/openapi/ from the services' code"
  dotnet build tests/Network.Contract.Tests -c Release -nologo -clp:ErrorsOnly -p:UpdateOpenApiDocuments=true
  git status --short docs/openapi 2>/dev/null || true
}

# migration SERVICE NAME [SqlServer|PostgreSql]: adds the migration NAME to the service (partners, events, referrals,
# equipment, activity) for each server provider, or for the one named; each provider keeps its own folder.
cmd_migration() {
  local service=${1:-} name=${2:-} only=${3:-} project
  [ -n "$service" ] && [ -n "$name" ] || { usage; exit 2; }
  project=$(find services -mindepth 2 -maxdepth 2 -type d -iname "Network.$service" | head -1)
  [ -n "$project" ] || fail "no service named $service (partners, events, referrals, equipment, activity)"
  ensure_dotnet
  dotnet tool restore >/dev/null
  if [ -z "$only" ] || [ "$only" = SqlServer ]; then
    say "Adding $name to $project for SQL Server (Persistence/Migrations)"
    dotnet ef migrations add "$name" --project "$project" --output-dir Persistence/Migrations -- SqlServer
  fi
  if [ -z "$only" ] || [ "$only" = PostgreSql ]; then
    say "Adding $name to $project for PostgreSQL (Persistence/Migrations/PostgreSql)"
    dotnet ef migrations add "$name" --project "$project" --output-dir Persistence/Migrations/PostgreSql -- PostgreSql
  fi
}

# The deployables: the name of each image and its project.
DEPLOYABLES="gateway:gateway/Network.Gateway portal:services/portal/Network.Portal
partners:services/partners/Network.Partners events:services/events/Network.Events
referrals:services/referrals/Network.Referrals equipment:services/equipment/Network.Equipment
activity:services/activity/Network.Activity"

# images [REGISTRY]: every deployable's OCI image, built by the .NET SDK's container support (no Dockerfile; settings in
# the project files and Directory.Build.targets), each service's EF Core migrations bundle inside (per database
# provider: NETWORK_MIGRATION_PROVIDERS, "SqlServer PostgreSql" by default), pushed to REGISTRY, or written as archives to
# artifacts/images/ when none is given. Tagged with the commit (NETWORK_IMAGE_TAG to choose).
cmd_images() {
  ensure_dotnet
  local registry=${1:-} base=${NETWORK_BASE_REGISTRY:-mcr.microsoft.com} tag providers entry name project provider
  tag=${NETWORK_IMAGE_TAG:-$(git rev-parse --short=12 HEAD 2>/dev/null || echo dev)}
  providers=${NETWORK_MIGRATION_PROVIDERS:-SqlServer PostgreSql}
  command -v curl >/dev/null 2>&1 || fail "curl is needed to ask the registry"
  say "Asking $base for the .NET base images"
  # Any HTTP answer from the registry's API (401 included) means it answers; no answer at all means it does not.
  if [ "$(curl -sS -o /dev/null -w '%{http_code}' --max-time 15 "https://$base/v2/" 2>/dev/null || true)" = "000" ]; then
    fail "no registry with the .NET base images answers ($base): the images cannot be built on this machine"
  fi
  dotnet tool restore >/dev/null
  rm -rf artifacts/migrations
  for entry in $DEPLOYABLES; do
    name=${entry%%:*}
    project=${entry#*:}
    local options=(-c Release -t:PublishContainer -nologo "-p:ContainerImageTag=$tag" "-p:ContainerBaseImage=$base/dotnet/aspnet:10.0")
    if [ -d "$project/Persistence/Migrations" ]; then
      for provider in $providers; do
        say "Building the migrations bundle of $name for $provider"
        # The arguments after -- reach the service's design-time factory, which chooses the provider's migrations.
        dotnet ef migrations bundle --project "$project" --configuration Release --force \
          --output "artifacts/migrations/$name/$provider/efbundle" -- --provider "$provider"
      done
      options+=("-p:MigrationsBundleFolder=$PWD/artifacts/migrations/$name")
    fi
    if [ -n "$registry" ]; then
      options+=("-p:ContainerRegistry=$registry")
    else
      mkdir -p artifacts/images
      options+=("-p:ContainerArchiveOutputPath=$PWD/artifacts/images/$name.tar.gz")
    fi
    say "Publishing the image network/$name:$tag"
    dotnet publish "$project" "${options[@]}"
  done
}

usage() {
  cat <<USAGE
usage: ./network.sh <command> [arguments]

  run [Key=value...]
          install what the chosen mode lacks, then start the whole platform through the app host:
          containers when a container runtime answers, local mode otherwise; Database=PostgreSql runs the
          services on PostgreSQL (local mode: a private cluster of the machine's PostgreSQL) instead of SQLite
          (local) or SQL Server (containers)
  test    install what is missing (RabbitMQ when no Docker engine answers, Chromium, PostgreSQL), build, run
          every test on SQLite, then those that touch a database on PostgreSQL, and end with
          "N passed, N failed, N skipped (...)"
  test [PROJECT] [--filter EXPRESSION]
          the same for one test project, or the tests the filter selects (any dotnet test argument)
  bench   run the benchmarks against the platform in local mode and write bench/results.md
  format  lay the C# code out as the formatter does (lines of 120 characters at most); test checks it
  openapi write the services' OpenAPI documents, as their code describes them, to docs/openapi/ (then commit them)
  migration SERVICE NAME [SqlServer|PostgreSql]
          add the migration NAME to a service (partners, events, referrals, equipment, activity) for both server
          providers, or for the one named
  images [REGISTRY]
          build every deployable's OCI image with the .NET SDK (no Dockerfile), the services' migrations bundles
          inside, and push them to REGISTRY (or write them to artifacts/images/); stops when no registry with the
          .NET base images answers
USAGE
}

case "${1:-}" in
  run) shift; cmd_run "$@" ;;
  test) shift; cmd_test "$@" ;;
  format) cmd_format ;;
  bench) cmd_bench ;;
  openapi) cmd_openapi ;;
  migration) shift; cmd_migration "$@" ;;
  images) shift; cmd_images "$@" ;;
  *) usage; exit 2 ;;
esac
