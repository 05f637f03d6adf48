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

# installs LibreOffice, fonts, poppler, chromium and chromium-driver when missing (Debian), then runs every test
test: restore
	bash scripts/test-setup.sh
	bash scripts/test.sh "$(CONFIG)"

bench: build
	bash scripts/bench.sh "$(CLI)"

clean:
	$(DOTNET) clean Auditor.sln -nologo -v q
