# amcq: build, test, demo, install. See README.md.
#   make            build build/amcq, build/libamcq.a and build/libamcq.so
#   make demo       build and run amcq on the examples
#   make test       unit and golden tests, then the same under ASan+UBSan
#   make test-asan  only the sanitizer run
#   make test-valgrind  the suite under valgrind
#   make fuzz FUZZ_SECONDS=N  every libFuzzer harness and the generative
#                   test, N seconds each
#   make install PREFIX=/usr/local [DESTDIR=...]
#   make uninstall  remove what make install wrote, with the same variables

.DEFAULT_GOAL := all
SHELL   := /bin/bash
CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
# The library's pkg-config modules (amcq.pc's Requires.private); the command
# adds libedit for amcq shell.
LIB_PKGS := libcjson sqlite3 libxxhash libpcre2-8 libmd libutf8proc
PKGS    := $(LIB_PKGS) libedit
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Werror
CFLAGS  ?= -O2 -g
# `make AMCQ_HOMEPAGE=URL` names where this build is published (SARIF).
HOMEPAGE_DEF := $(if $(AMCQ_HOMEPAGE),-DAMCQ_HOMEPAGE='"$(AMCQ_HOMEPAGE)"')
ALL_CFLAGS := -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(HOMEPAGE_DEF) -Iinclude -Isrc \
              $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
LIBS    := -lpg_query $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lcjson -lsqlite3 -lxxhash -lpcre2-8 -lmd -ledit -lutf8proc) -lpthread -lm
LIB_LIBS := -lpg_query $(shell pkg-config --libs $(LIB_PKGS) 2>/dev/null || echo -lcjson -lsqlite3 -lxxhash -lpcre2-8 -lmd -lutf8proc) -lpthread -lm
# Libraries the static libamcq.a needs besides LIB_PKGS (amcq.pc).
LIB_PRIVATE := -lpg_query -lpthread -lm

# The library's objects are position-independent (the same objects make
# libamcq.so and libamcq.a) and export nothing but what include/amcq.h
# marks AMCQ_API.
LIB_CFLAGS = $(ALL_CFLAGS) -fPIC -fvisibility=hidden

# The shared library's names follow AMCQ_VERSION in include/amcq.h:
# 0.1.0 makes libamcq.so.0.1.0 with the soname libamcq.so.0.
VERSION := $(shell sed -n 's/^\#define AMCQ_VERSION "\(.*\)"/\1/p' include/amcq.h)
SONAME  := libamcq.so.$(firstword $(subst ., ,$(VERSION)))
SOFILE  := libamcq.so.$(VERSION)
# Every symbol libamcq.so needs must come from the libraries it names;
# a sanitizer's runtime comes with the program instead.
SO_LDFLAGS := $(if $(findstring -fsanitize,$(CFLAGS)),,-Wl,-z,defs)
LD      ?= ld
OBJCOPY ?= objcopy

LIB_SRC := $(wildcard src/*.c)
CLI_SRC := $(wildcard src/cli/*.c)
UNIT_SRC := $(wildcard tests/unit/*.c)
HDRS    := $(wildcard src/*.h src/cli/*.h include/*.h)

# With PostgreSQL's server headers for libpg_query's major version (Debian:
# postgresql-server-dev-15, installed with the other packages when make runs
# as root), src/pgnode.c reads the parser's node tree directly instead of
# through JSON: check is 1.5 times faster. Without them amcq is built with
# the JSON path only; `make PG_SERVER_INC=` forces that. The test for the
# headers runs when pgnode.o is compiled (after the packages are installed);
# pgnode.cfg records its answer so pgnode.o is rebuilt when it changes.
PG_MAJOR ?= $(or $(shell sed -n 's/^\#define PG_MAJORVERSION "\(.*\)"/\1/p' /usr/include/pg_query.h 2>/dev/null),15)
PG_SERVER_INC ?= /usr/include/postgresql/$(PG_MAJOR)/server
PGNODE_FLAGS = $$(test -n "$(PG_SERVER_INC)" -a -f "$(PG_SERVER_INC)/nodes/parsenodes.h" && echo "-DAMCQ_PG_NODES -isystem $(PG_SERVER_INC)")

$(BUILD)/src/pgnode.o: src/pgnode.c $(HDRS) $(BUILD)/pgnode.cfg | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) $$(cat $(BUILD)/pgnode.cfg) -c $< -o $@

$(BUILD)/pgnode.cfg: FORCE | $(BUILD)/.deps-ok
	@f="$(PGNODE_FLAGS)"; echo "$$f" | cmp -s - $@ || echo "$$f" > $@
FORCE:

LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/policy_amc.o \
           $(BUILD)/gen/doc_rules.o
CLI_OBJ  = $(CLI_SRC:%.c=$(BUILD)/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=$(BUILD)/%.o)

.PHONY: FORCE all deps demo test test-unit test-golden test-asan test-valgrind \
        install install-built uninstall clean format golden-update bench fuzz \
        fuzz-build

LIBS_BUILT = $(BUILD)/libamcq.a $(BUILD)/$(SOFILE) $(BUILD)/$(SONAME) \
             $(BUILD)/libamcq.so

all: deps $(BUILD)/amcq $(LIBS_BUILT)

# The dependency check runs once per checkout (and again if the script
# changes); `make deps` forces it.
deps:
	@sh scripts/deps.sh --optional postgresql-server-dev-$(PG_MAJOR)

$(BUILD)/.deps-ok: scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh --optional postgresql-server-dev-$(PG_MAJOR)
	@touch $@

# The command's and the unit tests' objects.
$(BUILD)/%.o: %.c $(HDRS) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# The library's (pgnode.o has its own rule, above).
$(filter-out $(BUILD)/src/pgnode.o,$(LIB_SRC:%.c=$(BUILD)/%.o)): $(BUILD)/%.o: %.c $(HDRS) | $(BUILD)/.deps-ok
	@mkdir -p $(dir $@)
	$(CC) $(LIB_CFLAGS) -c $< -o $@

# Data compiled into the binary: the AMC policy and the rules reference.
$(BUILD)/embed: scripts/embed.c | $(BUILD)/.deps-ok
	$(CC) -O1 -o $@ $<

# The policy is read with amcq's own reader and written out as C data.
$(BUILD)/policy2c: scripts/policy2c.c src/policy.c src/util.c src/arena.c $(HDRS) | $(BUILD)/.deps-ok
	$(CC) $(ALL_CFLAGS) -o $@ scripts/policy2c.c src/policy.c src/util.c src/arena.c $(LIBS)

$(BUILD)/gen/policy_amc.c: rules/amc.json $(BUILD)/policy2c
	@mkdir -p $(dir $@)
	$(BUILD)/policy2c $< $@

$(BUILD)/gen/doc_rules.c: docs/rules.md $(BUILD)/embed
	@mkdir -p $(dir $@)
	$(BUILD)/embed amcq_doc_rules $< $@

# Compiled as the library's other objects are, and like them again when a
# header changes.
$(BUILD)/gen/%.o: $(BUILD)/gen/%.c $(HDRS)
	$(CC) $(LIB_CFLAGS) -c $< -o $@

# Three forms of the library. libamcq.so: the shared library, whose dynamic
# symbols are the AMCQ_API functions. libamcq.a: the static one; its objects
# are linked into one (ld -r) whose hidden symbols are then made local, so
# that none of the library's internal names (json_parse, policy_load...)
# can clash with a program's own. libamcq-internal.a: the same objects as
# they are, for the command, the unit tests, the generative test and the
# fuzzers, which call internal functions.
$(BUILD)/$(SOFILE): $(LIB_OBJ)
	$(CC) $(ALL_CFLAGS) -shared -Wl,-soname,$(SONAME) $(SO_LDFLAGS) -o $@ $(LIB_OBJ) $(LIB_LIBS)

$(BUILD)/$(SONAME) $(BUILD)/libamcq.so: $(BUILD)/$(SOFILE)
	ln -sf $(SOFILE) $@

$(BUILD)/libamcq.o: $(LIB_OBJ)
	$(LD) -r -o $@.tmp $(LIB_OBJ)
	$(OBJCOPY) --localize-hidden $@.tmp $@
	rm -f $@.tmp

$(BUILD)/libamcq.a: $(BUILD)/libamcq.o
	rm -f $@
	ar rcs $@ $<

$(BUILD)/libamcq-internal.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/amcq: $(CLI_OBJ) $(BUILD)/libamcq-internal.a
	$(CC) $(ALL_CFLAGS) -o $@ $(CLI_OBJ) $(BUILD)/libamcq-internal.a $(LIBS)

$(BUILD)/unit: $(UNIT_OBJ) $(BUILD)/libamcq-internal.a
	$(CC) $(ALL_CFLAGS) -o $@ $(UNIT_OBJ) $(BUILD)/libamcq-internal.a $(LIBS)

# The generative test: random queries (tests/gen/qgen.c), each run with
# sketches and with full user sets (tests/gen/gentest.c).
GENTEST_SRC := tests/gen/gentest.c tests/gen/qgen.c
$(BUILD)/gentest: $(GENTEST_SRC) tests/gen/qgen.h $(HDRS) $(BUILD)/libamcq-internal.a
	$(CC) $(ALL_CFLAGS) -Itests/gen -o $@ $(GENTEST_SRC) $(BUILD)/libamcq-internal.a $(LIBS)

demo: all
	@echo '$$ amcq check examples/'
	@$(BUILD)/amcq check examples/ || true
	@echo
	@echo '$$ amcq run examples/reach_by_city.sql    # on the default fixture'
	@$(BUILD)/amcq run examples/reach_by_city.sql

# The tests also use the sqlite3 command to look into fixtures.
test: all $(BUILD)/unit $(BUILD)/gentest
	@sh scripts/deps.sh sqlite3 python3
	@bash tests/run.sh $(BUILD)/amcq $(BUILD)/unit $(BUILD)/gentest
	@$(MAKE) --no-print-directory test-asan

# The sanitizer build needs clang and its runtime libraries. Its libraries
# are built too: tests/cases/lib/ installs and links them.
test-asan:
	@sh scripts/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory BUILD=build/asan CC=clang \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	  build/asan/amcq build/asan/unit build/asan/gentest \
	  $(addprefix build/asan/,libamcq.a $(SOFILE) $(SONAME) libamcq.so)
	@echo "== the same suite under AddressSanitizer + UndefinedBehaviorSanitizer"
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:abort_on_error=1 \
	  bash tests/run.sh build/asan/amcq build/asan/unit build/asan/gentest

test-valgrind: all $(BUILD)/unit $(BUILD)/gentest
	@sh scripts/deps.sh valgrind
	@echo "== the suite under valgrind"
	@AMCQ_WRAP="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect" \
	  bash tests/run.sh $(BUILD)/amcq $(BUILD)/unit $(BUILD)/gentest

# libFuzzer harnesses (tests/fuzz/fuzz_*.c) over the library built with
# ASan and UBSan. `make fuzz FUZZ_SECONDS=600` runs each harness that long,
# from the seeds in tests/fuzz/NAME/ (and the query corpus for check, the
# examples for run); what they find and crashes land in build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_HARNESSES := check run json csv pgnode
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

fuzz-build:
	@sh scripts/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory BUILD=build/fuzz CC=clang \
	  CFLAGS="-O1 -g $(FUZZ_SAN) -fsanitize=fuzzer-no-link" build/fuzz/libamcq-internal.a
	@for h in $(FUZZ_HARNESSES); do \
	  clang -std=c11 -D_DEFAULT_SOURCE -O1 -g $(FUZZ_SAN) -fsanitize=fuzzer -Iinclude -Isrc \
	    $(shell pkg-config --cflags $(PKGS) 2>/dev/null) tests/fuzz/fuzz_$$h.c \
	    build/fuzz/libamcq-internal.a $(LIBS) -o build/fuzz/fuzz_$$h || exit 1; \
	done

fuzz: fuzz-build
	@for h in $(FUZZ_HARNESSES); do \
	  mkdir -p build/fuzz/corpus-$$h; \
	  echo "== fuzz_$$h for $(FUZZ_SECONDS) s"; \
	  build/fuzz/fuzz_$$h -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=20 \
	    -rss_limit_mb=4096 -artifact_prefix=build/fuzz/ -print_final_stats=1 \
	    build/fuzz/corpus-$$h tests/fuzz/$$h $$(test $$h = check -o $$h = pgnode && echo tests/corpus tests/adversarial) \
	    $$(test $$h = run && echo examples) 2>&1 | \
	    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY|artifact_prefix|Test unit written)' ; \
	  test $${PIPESTATUS[0]} -eq 0 || exit 1; \
	done
	@$(MAKE) --no-print-directory BUILD=build/asan CC=clang \
	  CFLAGS="-O1 -g $(FUZZ_SAN)" build/asan/gentest
	@echo "== the generative test for $(FUZZ_SECONDS) s, from a seed of the clock"
	@ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 build/asan/gentest --seconds $(FUZZ_SECONDS)

bench:
	@sh scripts/deps.sh hyperfine valgrind postgresql-server-dev-$(PG_MAJOR)
	@$(MAKE) --no-print-directory all
	@bash bench/run.sh

golden-update: all
	@UPDATE=1 bash tests/run.sh $(BUILD)/amcq

# What make install writes, under $(DESTDIR)$(PREFIX); make uninstall
# removes exactly these (the directories stay). amcq.pc is written from
# amcq.pc.in with PREFIX (never DESTDIR) and the libraries above.
DEST = $(DESTDIR)$(PREFIX)
INSTALLED := bin/amcq include/amcq.h lib/libamcq.a lib/$(SOFILE) \
             lib/$(SONAME) lib/libamcq.so lib/pkgconfig/amcq.pc \
             share/man/man1/amcq.1

define install_built
	install -d $(DEST)/bin $(DEST)/include $(DEST)/lib/pkgconfig \
	  $(DEST)/share/man/man1
	install -m 755 $(BUILD)/amcq $(DEST)/bin/amcq
	install -m 644 include/amcq.h $(DEST)/include/amcq.h
	install -m 644 $(BUILD)/libamcq.a $(DEST)/lib/libamcq.a
	install -m 755 $(BUILD)/$(SOFILE) $(DEST)/lib/$(SOFILE)
	ln -sf $(SOFILE) $(DEST)/lib/$(SONAME)
	ln -sf $(SOFILE) $(DEST)/lib/libamcq.so
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|$(VERSION)|' \
	  -e 's|@REQUIRES_PRIVATE@|$(LIB_PKGS)|' -e 's|@LIBS_PRIVATE@|$(LIB_PRIVATE)|' \
	  amcq.pc.in > $(DEST)/lib/pkgconfig/amcq.pc
	chmod 644 $(DEST)/lib/pkgconfig/amcq.pc
	install -m 644 docs/amcq.1 $(DEST)/share/man/man1/amcq.1
endef

install: all
	$(install_built)

# Install what $(BUILD) already holds, building nothing: the test of the
# installed tree (tests/cases/lib/install.sh) runs beside the suite, which
# uses those files.
install-built:
	@for f in amcq libamcq.a $(SOFILE); do \
	  test -f $(BUILD)/$$f || { echo "$(BUILD)/$$f is not built: run make" >&2; exit 1; }; \
	done
	$(install_built)

uninstall:
	rm -f $(addprefix $(DEST)/,$(INSTALLED))

format:
	clang-format -i $(LIB_SRC) $(CLI_SRC) $(UNIT_SRC) $(HDRS)

clean:
	rm -rf build
