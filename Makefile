# Auditor — two commands on a fresh machine: `make demo` and `make test`.
DOTNET ?= dotnet
CONFIG ?= Release
CLI = $(DOTNET) src/Auditor.Cli/bin/$(CONFIG)/net10.0/auditor.dll

.PHONY: all restore build demo test bench bench-web clean

all: build

restore:
	$(DOTNET) restore Auditor.sln

build: restore
	$(DOTNET) build Auditor.sln -c $(CONFIG) --no-restore -nologo -v q

demo: build
	bash scripts/demo.sh "$(CLI)"

# installs LibreOffice, fonts, poppler, chromium and chromium-driver when missing (Debian), then runs every test
test: restore
	bash scripts/test-setup.sh
	bash scripts/test.sh "$(CONFIG)"

bench: build
	bash scripts/bench.sh "$(CLI)"

# the web workspace under load: 20 units self-check at once while the office audits the period (scripts/bench/README.md)
bench-web: build
	bash scripts/bench/web-load.sh "$(CLI)"

clean:
	$(DOTNET) clean Auditor.sln -nologo -v q
