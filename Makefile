# DVC — the one entry point. `make run` and `make test` do all the set-up (see README.md).

PORT	?= 8080
VAR	?= var
CC	?= cc
CLANG	?= clang

PKGS	 = libxml-2.0 libxslt libexslt libsodium libmariadb sqlite3 pwquality
WARN	 = -std=c17 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	   -Wmissing-prototypes -Wpointer-arith -Wcast-qual -Wformat=2 -Werror
CFLAGS	?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
ALL_CFLAGS = $(WARN) $(CFLAGS) -D_GNU_SOURCE -Imodules/core $(PKG_CFLAGS)
LIBS	 = $(PKG_LIBS) -lfcgi -lmagic -lqrencode

# The sanitizer build that `make test` runs.
ASAN_CFLAGS = -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined

# Debian packages: build, run, and test (wrk, clang, chromium, node for the browser tests).
DEBS	 = gcc make pkg-config curl ca-certificates perl \
	   libfcgi-dev libmariadb-dev libxml2-dev libxslt1-dev libsodium-dev libmagic-dev libqrencode-dev \
	   libsqlite3-dev \
	   libpwquality-dev cracklib-runtime \
	   mariadb-server mariadb-client nginx-light xsltproc \
	   wrk clang libclang-rt-14-dev chromium
# Node.js and npm run the browser tests; a machine may have them from elsewhere than Debian.
NODE_DEBS = nodejs npm
MISSING	 = for p in $(DEBS); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q '^install ok installed' || echo $$p; done; \
	   command -v node >/dev/null && command -v npm >/dev/null || echo $(NODE_DEBS)

CORE_SRC  = $(wildcard modules/core/*.c)
# Every core header: a program or test that includes dvc.h also reads domain.h.
CORE_H    = $(wildcard modules/core/*.h)
PROGRAMS  = $(filter-out core,$(notdir $(wildcard modules/*)))
UNIT_SRC  = $(wildcard tests/unit/test-*.c)
FUZZ_SRC  = $(wildcard tests/fuzz/fuzz-*.c)

# $(call build_tree,DIR,CFLAGS): the library, every program and every unit test under DIR.
define build_tree
$(1)/obj/core/%.o: modules/core/%.c $(CORE_H) | $(1)/obj/core
	$$(CC) $$(ALL_CFLAGS) $(2) -c -o $$@ $$<
$(1)/libdvc.a: $$(patsubst modules/core/%.c,$(1)/obj/core/%.o,$$(CORE_SRC))
	rm -f $$@ && ar rcs $$@ $$^
$(1)/obj/core:
	mkdir -p $$@ $(1)/tests
$(1)/tests/%: tests/unit/%.c $(1)/libdvc.a $(CORE_H)
	$$(CC) $$(ALL_CFLAGS) $(2) -o $$@ $$< $(1)/libdvc.a $$(LIBS)
endef

$(eval $(call build_tree,build,))
$(eval $(call build_tree,build/asan,$(ASAN_CFLAGS)))

# modules/<name>/*.c → dvc-<name> (dvcctl keeps its own name).
program_name = $(if $(filter dvcctl,$(1)),dvcctl,dvc-$(1))
define build_program
build/$(call program_name,$(1)): $(wildcard modules/$(1)/*.[ch]) build/libdvc.a $(CORE_H)
	$$(CC) $$(ALL_CFLAGS) -o $$@ $(wildcard modules/$(1)/*.c) build/libdvc.a $$(LIBS)
build/asan/$(call program_name,$(1)): $(wildcard modules/$(1)/*.[ch]) build/asan/libdvc.a $(CORE_H)
	$$(CC) $$(ALL_CFLAGS) $$(ASAN_CFLAGS) -o $$@ $(wildcard modules/$(1)/*.c) build/asan/libdvc.a $$(LIBS)
endef
$(foreach p,$(PROGRAMS),$(eval $(call build_program,$(p))))

BINS	  = $(foreach p,$(PROGRAMS),$(call program_name,$(p)))
# Programs for development and tests only: built and run by `make run` and `make test`, never
# installed (the payment gateway stand-in).
DEV_ONLY  = dvc-paysandbox
UNITS	  = $(patsubst tests/unit/%.c,%,$(UNIT_SRC))

.PHONY: all asan deps deps-debian deps-node check-deps check-test-deps run test bench fuzz fuzz-corpus clean install deb
.DEFAULT_GOAL := all

all: $(addprefix build/,$(BINS)) $(addprefix build/tests/,$(UNITS)) build/bench-static build/xslt/.done
asan: $(addprefix build/asan/,$(BINS)) $(addprefix build/asan/tests/,$(UNITS)) build/xslt/.done

# The stylesheets as the programs run them (xslt_dir): the words of the language catalogue put
# in place of its variables, which libxslt would evaluate at every transform (tools/xslt-words).
# static/ beside them, as installed: the programs stamp asset links with dvc.css's time.
XSLT_SRC = $(wildcard xslt/*.xsl xslt/i18n/*.xsl)
build/xslt/.done: $(XSLT_SRC) tools/xslt-words
	rm -rf build/xslt.new && tools/xslt-words xslt build/xslt.new
	ln -s ../../xslt/static build/xslt.new/static
	rm -rf build/xslt && mv build/xslt.new build/xslt && touch $@

# The baseline for `make bench`: a FastCGI program that only returns one HTML file.
build/bench-static: tests/bench/fcgi-static.c | build/obj/core
	$(CC) $(WARN) -O2 -o $@ $< -lfcgi

# Debian's packages (as root), then the browser tests' node modules: a fresh Debian 12 (what
# CI starts from) has everything `make test` needs after it.
deps:
	@$(MAKE) --no-print-directory deps-debian
	@$(MAKE) --no-print-directory deps-node

deps-debian:
	@missing=$$($(MISSING)); \
	if [ -z "$$missing" ]; then echo "deps: every package is installed"; exit 0; fi; \
	if [ "$$(id -u)" != 0 ]; then \
		echo "deps: missing packages; as root run:"; \
		echo "  apt-get update && apt-get install -y --no-install-recommends" $$missing; exit 1; fi; \
	echo "deps: installing" $$missing; \
	apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing

# playwright-core and axe-core at the versions of tests/browser/package-lock.json, from the
# npm registry (`npm ls` fails when one is missing or at another version).
NODE_MODULES_OK = npm ls --prefix tests/browser --depth=0 >/dev/null 2>&1
deps-node:
	@if $(NODE_MODULES_OK); then echo "deps: the browser tests' node modules are installed"; \
	else echo "deps: npm ci --prefix tests/browser"; \
		npm ci --no-audit --no-fund --prefix tests/browser; fi

# Re-runs deps only when something is missing (cheap on a machine that has it all); the node
# modules only for make test, which runs the browser tests.
check-deps:
	@[ -z "$$($(MISSING))" ] || $(MAKE) --no-print-directory deps-debian
check-test-deps: check-deps
	@$(NODE_MODULES_OK) || $(MAKE) --no-print-directory deps-node

run: check-deps
	$(MAKE) --no-print-directory all
	BIN=build conf/dev/stack run $(VAR) $(PORT)

test: check-test-deps
	$(MAKE) --no-print-directory all
	$(MAKE) --no-print-directory asan
	$(MAKE) --no-print-directory fuzz-corpus
	BIN=build/asan tests/run

bench: check-deps
	$(MAKE) --no-print-directory all
	BIN=build tests/bench/run

# Each harness: clang's libFuzzer with ASan and UBSan, over the very core sources.
FUZZ_FLAGS = -std=c17 -g -O1 -D_GNU_SOURCE -fsanitize=fuzzer,address,undefined -Imodules/core $(PKG_CFLAGS)
FUZZ_TIME ?= 30
build/fuzz/%: tests/fuzz/%.c $(CORE_SRC) $(CORE_H)
	@mkdir -p build/fuzz
	$(CLANG) $(FUZZ_FLAGS) -o $@ $< $(CORE_SRC) $(LIBS)

fuzz: check-deps $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
	@for f in $(patsubst tests/fuzz/%.c,%,$(FUZZ_SRC)); do \
		echo "fuzz: $$f for $(FUZZ_TIME) s"; mkdir -p build/fuzz/corpus-$$f; \
		build/fuzz/$$f -max_total_time=$(FUZZ_TIME) -print_final_stats=1 \
			$$( [ -f tests/fuzz/$$f.dict ] && echo -dict=tests/fuzz/$$f.dict ) \
			build/fuzz/corpus-$$f tests/fuzz/corpus/$$f || exit 1; done

# A province's server: programs in /usr/lib/dvc, data in /usr/share/dvc, the nginx snippet with
# the Debian paths filled in, systemd units. DESTDIR for packaging.
PREFIX	?= /usr
install: all
	install -d $(DESTDIR)$(PREFIX)/lib/dvc $(DESTDIR)$(PREFIX)/sbin $(DESTDIR)$(PREFIX)/share/dvc \
		$(DESTDIR)/etc/dvc $(DESTDIR)/etc/nginx/snippets $(DESTDIR)/lib/systemd/system
	install -m 755 $(addprefix build/,$(filter-out dvcctl $(DEV_ONLY),$(BINS))) $(DESTDIR)$(PREFIX)/lib/dvc/
	install -m 755 build/dvcctl $(DESTDIR)$(PREFIX)/sbin/
	cp -R sql $(DESTDIR)$(PREFIX)/share/dvc/
	install -d $(DESTDIR)$(PREFIX)/share/dvc/xslt
	cp -RL build/xslt/. $(DESTDIR)$(PREFIX)/share/dvc/xslt/
	rm -f $(DESTDIR)$(PREFIX)/share/dvc/xslt/.done
	install -m 640 conf/dvc.conf.example $(DESTDIR)/etc/dvc/dvc.conf.example
	install -m 644 conf/mariadb/dvc.cnf $(DESTDIR)/etc/dvc/mariadb-dvc.cnf
	sed -e 's|@CONF@|/etc/nginx/snippets|g; s|@RUN@|/run/dvc|g; s|@SHARE@|$(PREFIX)/share/dvc/xslt|g; s|@STORE@|/var/lib/dvc/store|g' \
		conf/nginx/dvc.conf > $(DESTDIR)/etc/nginx/snippets/dvc.conf
	install -m 644 conf/nginx/dvc-fastcgi.conf $(DESTDIR)/etc/nginx/snippets/
	install -d $(DESTDIR)/etc/nginx/conf.d
	install -m 644 conf/nginx/dvc-zones.conf $(DESTDIR)/etc/nginx/conf.d/
	install -m 644 packaging/systemd/* $(DESTDIR)/lib/systemd/system/
	install -d $(DESTDIR)$(PREFIX)/share/doc/dvc
	install -m 644 README.md $(DESTDIR)$(PREFIX)/share/doc/dvc/

# The Debian package a province installs: `make deb` gives build/dvc_VERSION_ARCH.deb.
VERSION	?= $(shell v=$$(git describe --tags --always 2>/dev/null); echo 0.1.0$${v:+~git$$v})
ARCH	?= $(shell dpkg --print-architecture)
deb: all
	rm -rf build/deb
	$(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/build/deb PREFIX=/usr
	install -d build/deb/DEBIAN
	sed -e 's|@VERSION@|$(VERSION)|; s|@ARCH@|$(ARCH)|' packaging/debian/control > build/deb/DEBIAN/control
	install -m 644 packaging/debian/conffiles build/deb/DEBIAN/
	install -m 755 packaging/debian/postinst packaging/debian/prerm packaging/debian/postrm build/deb/DEBIAN/
	dpkg-deb --root-owner-group --build build/deb build/dvc_$(VERSION)_$(ARCH).deb

# Every harness over its seed corpus once, no mutation: `make test` keeps them building and
# their invariants holding on the inputs we know.
fuzz-corpus: $(patsubst tests/fuzz/%.c,build/fuzz/%,$(FUZZ_SRC))
	@for f in $(patsubst tests/fuzz/%.c,%,$(FUZZ_SRC)); do \
		build/fuzz/$$f -runs=0 tests/fuzz/corpus/$$f 2>build/fuzz/$$f.log || \
			{ cat build/fuzz/$$f.log; echo "fuzz-corpus: $$f failed on its seed corpus"; exit 1; }; \
		echo "fuzz-corpus: $$f: $$(ls tests/fuzz/corpus/$$f | wc -l) seeds pass"; done

clean:
	rm -rf build
