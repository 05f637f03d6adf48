# Auditor — two commands on a fresh machine: `make demo` and `make test`.
DOTNET ?= dotnet
CONFIG ?= Release
CLI = $(DOTNET) src/Auditor.Cli/bin/$(CONFIG)/net10.0/auditor.dll

.PHONY: all restore build demo test bench clean

all: build

restore:
	$(DOTNET) restore Auditor.sln

build: restore
	$(DOTNET) build Auditor.sln -c $(CONFIG) --no-restore -nologo -v q

demo: build
	bash scripts/demo.sh "$(CLI)"

test: restore
	bash scripts/test.sh "$(CONFIG)"

bench: build
	bash scripts/bench.sh "$(CLI)"

clean:
	$(DOTNET) clean Auditor.sln -nologo -v q
