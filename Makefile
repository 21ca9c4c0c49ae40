# wolkenplan — plain Makefile. `make` builds build/wolkenplan; see README.md for targets.
.SUFFIXES:

PREFIX  ?= /usr/local
DESTDIR ?=
BUILD   ?= build
CC      ?= cc
PKG_CONFIG ?= pkg-config
V ?= 0
WERROR ?= 0

VERSION := 0.1.0

# Cairo + Pango draw the printable report (PDF/SVG/PNG; fonts through fontconfig),
# libxlsxwriter writes .xlsx; their headers count as system headers (-isystem), so our
# warnings judge only our own code.
PKG_MODULES := ncursesw sqlite3 pangocairo xlsxwriter
PKG_CFLAGS := $(patsubst -I%,-isystem %,$(shell $(PKG_CONFIG) --cflags $(PKG_MODULES) 2>/dev/null))
PKG_LIBS   := $(shell $(PKG_CONFIG) --libs $(PKG_MODULES) 2>/dev/null)

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	-Wformat=2 -Wwrite-strings -Wno-format-nonliteral
ifeq ($(WERROR),1)
WARN += -Werror
endif
OPT ?= -O2 -g
SAN ?=
CPPFLAGS += -I. -I$(BUILD)/gen -D_POSIX_C_SOURCE=200809L $(PKG_CFLAGS) \
	-DWP_VERSION='"$(VERSION)"' -DWP_LOCALEDIR='"$(PREFIX)/share/locale"'
CFLAGS += -std=c11 $(OPT) $(WARN) $(SAN) -MMD -MP
LDFLAGS += $(SAN)
LDLIBS += $(PKG_LIBS) -lcsv -lm

ifeq ($(V),0)
Q = @
say = @printf '  %-6s %s\n' $(1) $(2);
else
Q =
say =
endif

MODEL_SRC := $(sort $(wildcard model/*.c))
DATA_SRC  := $(sort $(wildcard data/*.c))
CLI_SRC   := $(sort $(wildcard cli/*.c))
TUI_SRC   := $(sort $(wildcard tui/*.c))
EMBED_FILES := $(sort $(wildcard data/catalog/*.csv data/demo/*.csv))
TEST_SRC  := $(sort $(wildcard tests/test_*.c))
BENCH_SRC := $(sort $(wildcard tests/bench/bench_*.c))
PO_FILES  := $(sort $(wildcard po/*.po))

obj = $(patsubst %.c,$(BUILD)/obj/%.o,$(1))
MODEL_OBJ := $(call obj,$(MODEL_SRC))
DATA_OBJ  := $(call obj,$(DATA_SRC)) $(BUILD)/obj/gen/embedded.o
CLI_OBJ   := $(call obj,$(CLI_SRC))
TUI_OBJ   := $(call obj,$(TUI_SRC))
MAIN_OBJ  := $(filter %/cli/main.o,$(CLI_OBJ))
LIB_MODEL := $(BUILD)/libwp_model.a
LIB_DATA  := $(BUILD)/libwp_data.a
LIB_UI    := $(BUILD)/libwp_ui.a
TESTS     := $(patsubst tests/%.c,$(BUILD)/tests/%,$(TEST_SRC))
BENCHES   := $(patsubst tests/bench/%.c,$(BUILD)/bench/%,$(BENCH_SRC))
FUZZ_TARGETS := inventar import csvread
REPLAYS   := $(patsubst %,$(BUILD)/fuzz/replay_%,$(FUZZ_TARGETS))
REPLAY_OBJ := $(BUILD)/obj/tests/fuzz/replay.o
MO_FILES  := $(patsubst po/%.po,$(BUILD)/locale/%/LC_MESSAGES/wolkenplan.mo,$(PO_FILES))

BIN := $(BUILD)/wolkenplan

.PHONY: all run check test asan valgrind install uninstall clean deps check-layers bench golden fuzz \
	fuzz-run check-sql valgrind-run lint \
	pot po-update po-check
all: $(BIN) $(MO_FILES)

$(BUILD)/obj/%.o: %.c
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/embedded.o: $(BUILD)/gen/embedded.c
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c -o $@ $<

$(BUILD)/gen/embedded.c: $(BUILD)/tools/embed $(EMBED_FILES)
	$(call say,EMBED,$@)
	@mkdir -p $(@D)
	$(Q)$(BUILD)/tools/embed $(EMBED_FILES) > $@.tmp && mv $@.tmp $@

$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(@D)
	$(Q)$(CC) -std=c11 -O1 -o $@ $<

$(LIB_MODEL): $(MODEL_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^
$(LIB_DATA): $(DATA_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^
$(LIB_UI): $(filter-out $(MAIN_OBJ),$(CLI_OBJ)) $(TUI_OBJ)
	$(call say,AR,$@)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BIN): $(MAIN_OBJ) $(LIB_UI) $(LIB_DATA) $(LIB_MODEL)
	$(call say,LD,$@)
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(LIB_UI) $(LIB_DATA) $(LIB_MODEL)
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(filter %.o,$^) $(LIB_UI) $(LIB_DATA) \
		$(LIB_MODEL) $(LDLIBS) -lcmocka

# The headless screen tests share one harness (tests/tui_harness.h).
$(filter $(BUILD)/tests/test_tui%,$(TESTS)): $(BUILD)/obj/tests/tui_harness.o tests/tui_harness.h

$(BUILD)/bench/%: tests/bench/%.c $(wildcard tests/bench/*.h) $(LIB_UI) $(LIB_DATA) $(LIB_MODEL)
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_UI) $(LIB_DATA) $(LIB_MODEL) \
		$(LDLIBS)

# Generator of synthetic inventories and workspaces (tests/bench/gen.h): see tools/gen.c.
$(BUILD)/tools/wp-gen: tools/gen.c tests/bench/gen.h $(LIB_DATA) $(LIB_MODEL)
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(LIB_DATA) $(LIB_MODEL) $(LDLIBS)

$(BUILD)/locale/%/LC_MESSAGES/wolkenplan.mo: po/%.po
	@mkdir -p $(@D)
	$(call say,MSGFMT,$<)
	$(Q)msgfmt --check -o $@ $<

deps:
	@sh tools/deps.sh

run: deps all
	$(BIN) --db "$${WOLKENPLAN_DB:-$(BUILD)/musterstadt.db}"

# Unit tests (cmocka), the fuzz corpus replay, then shell tests of the CLI (tests/cli/lib*.sh
# are sourced helpers). Exit status 77 means skipped (a tool or locale is missing here): the
# summary counts it apart from passed and failed; with WP_CI=1 (.ci/run) a skip fails.
test: all $(TESTS) $(REPLAYS)
	@p=0; f=0; s=0; fl=; sl=; \
	tally() { case $$1 in 0) p=$$((p + 1)) ;; 77) s=$$((s + 1)); sl="$$sl $$2" ;; \
		*) f=$$((f + 1)); fl="$$fl $$2" ;; esac; }; \
	for t in $(TESTS); do \
		printf '== %s\n' "$$t"; \
		CMOCKA_MESSAGE_OUTPUT=stdout $$t; tally $$? "$$t"; \
	done; \
	for r in $(REPLAYS); do \
		$$r tests/fuzz/corpus tests/fuzz/regress; tally $$? "$$r"; \
	done; \
	for t in tests/cli/*.sh; do \
		[ -e "$$t" ] || continue; \
		case "$${t##*/}" in lib*) continue;; esac; \
		BIN=$(abspath $(BIN)) sh "$$t"; tally $$? "$$t"; \
	done; \
	printf 'make test: %d passed, %d failed, %d skipped (programs and scripts)\n' $$p $$f $$s; \
	[ -z "$$fl" ] || printf '  failed:%s\n' "$$fl"; \
	[ -z "$$sl" ] || printf '  skipped:%s\n' "$$sl"; \
	if [ $$s -gt 0 ] && [ "$${WP_CI:-0}" = 1 ]; then \
		echo "make test: WP_CI=1 and $$s skipped: in CI every test must run" >&2; exit 1; fi; \
	[ $$f -eq 0 ]

check: deps check-layers check-sql lint
	@$(MAKE) --no-print-directory test

check-layers:
	@sh tools/check-layers.sh

asan:
	@LSAN_OPTIONS="suppressions=$(abspath tools/lsan.supp)$${LSAN_OPTIONS:+:$$LSAN_OPTIONS}" \
		$(MAKE) --no-print-directory BUILD=build-asan OPT='-O1 -g -fno-omit-frame-pointer' \
		SAN='-fsanitize=address,undefined -fno-sanitize-recover=all' test

# Rewrites the golden screens of the headless dashboard tests (tests/golden/*.txt) from the
# current build; review `git diff tests/golden` before committing them.
golden: all $(BUILD)/tests/test_tui $(BUILD)/tests/test_tui_plan
	@WP_GOLDEN_UPDATE=1 $(BUILD)/tests/test_tui >/dev/null && \
		WP_GOLDEN_UPDATE=1 $(BUILD)/tests/test_tui_plan >/dev/null && echo "tests/golden rewritten"

# One table of figures, each against its baseline in the same run (tools/bench.sh);
# BENCH_1M=1 adds the 1,000,000-object import (about a minute more).

bench: all $(BENCHES) $(BUILD)/tools/wp-gen
	@sh tools/bench.sh $(abspath $(BIN)) $(BENCHES)

check-sql:
	@sh tools/check-sql.sh

# Static analysis with cppcheck (Debian package cppcheck; make deps installs it): any finding
# fails. Inline suppressions only for proven false positives, each with its reason. Then
# tools/check-msgs.sh: no translatable message written in two places.
CPPCHECK ?= cppcheck
lint:
	@command -v $(CPPCHECK) >/dev/null 2>&1 || \
		{ echo "make lint needs cppcheck (make deps installs it)" >&2; exit 1; }
	$(call say,LINT,cppcheck)
	$(Q)$(CPPCHECK) -j2 -q --std=c11 --enable=warning,style,performance,portability \
		--inline-suppr --suppress=missingIncludeSystem --error-exitcode=1 \
		-I. -D_POSIX_C_SOURCE=200809L --template='{file}:{line}: {severity} ({id}): {message}' \
		model data tui cli
	$(call say,LINT,check-msgs)
	$(Q)XGETTEXT_OPTS="$(XGETTEXT_OPTS)" sh tools/check-msgs.sh $(I18N_SRC)

# Fuzzing: libFuzzer targets tests/fuzz/fuzz_*.c over the CSV import path, built with clang
# in build-fuzz. `make fuzz FUZZ_SECONDS=N` fuzzes N seconds in all (2/5 each for reading
# an Inventar and for the stored import, 1/5 for the raw CSV reader), from tests/fuzz/corpus and
# tests/fuzz/regress; new inputs go to build-fuzz/corpus, crashes to build-fuzz/crash-*.
# The replay programs feed both folders to the same targets with any compiler (`make test`).
FUZZ_SECONDS ?= 60
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all

# replay.c is compiled on its own, so that each source writes its own dependency file (an
# explicit prerequisite, so make keeps the object)
$(REPLAYS): $(REPLAY_OBJ)
$(BUILD)/fuzz/replay_%: tests/fuzz/fuzz_%.c $(REPLAY_OBJ) $(LIB_DATA) $(LIB_MODEL)
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $< $(REPLAY_OBJ) $(LIB_DATA) \
		$(LIB_MODEL) $(LDLIBS)

$(BUILD)/fuzz/fuzz_%: tests/fuzz/fuzz_%.c $(LIB_DATA) $(LIB_MODEL)
	$(call say,CC,$<)
	@mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -fsanitize=fuzzer -o $@ $< $(LIB_DATA) \
		$(LIB_MODEL) $(LDLIBS)

fuzz:
	@sh tools/deps.sh fuzz
	@$(MAKE) --no-print-directory BUILD=build-fuzz CC=clang OPT='-O1 -g -fno-omit-frame-pointer' \
		SAN='$(FUZZ_SAN) -fsanitize=fuzzer-no-link' fuzz-run

fuzz-run: $(patsubst %,$(BUILD)/fuzz/fuzz_%,$(FUZZ_TARGETS))
	@t1=$$(( $(FUZZ_SECONDS) * 2 / 5 )); t2=$$(( $(FUZZ_SECONDS) * 2 / 5 )); \
	t3=$$(( $(FUZZ_SECONDS) - t1 - t2 )); \
	for t in inventar:$$t1 import:$$t2 csvread:$$t3; do \
		n=$${t%%:*}; s=$${t#*:}; [ "$$s" -gt 0 ] || continue; \
		mkdir -p $(BUILD)/corpus/$$n; \
		printf '== fuzz_%s for %s s\n' "$$n" "$$s"; \
		$(BUILD)/fuzz/fuzz_$$n -max_total_time=$$s -timeout=10 -rss_limit_mb=2048 \
			-max_len=8192 -print_final_stats=1 -dict=tests/fuzz/inventar.dict \
			-artifact_prefix=$(BUILD)/crash-$$n- $(BUILD)/corpus/$$n tests/fuzz/corpus \
			tests/fuzz/regress 2>$(BUILD)/fuzz_$$n.log; rc=$$?; \
		grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb)' \
			$(BUILD)/fuzz_$$n.log; \
		if [ $$rc -ne 0 ]; then tail -60 $(BUILD)/fuzz_$$n.log; \
			echo "fuzz_$$n found a problem: input in $(BUILD)/crash-$$n-*; fix it, then keep" \
				"the input in tests/fuzz/regress/" >&2; exit 1; fi; \
	done

# The unit tests, the fuzz corpus replay and the CLI shell tests under valgrind (memcheck):
# any error or definitely lost block fails. See tools/valgrind.sh for the subset.
valgrind:
	@sh tools/deps.sh valgrind
	@$(MAKE) --no-print-directory valgrind-run

valgrind-run: all $(TESTS) $(REPLAYS)
	@BUILD=$(BUILD) sh tools/valgrind.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/wolkenplan
	install -m 644 wolkenplan.1 $(DESTDIR)$(PREFIX)/share/man/man1/wolkenplan.1
	@for m in $(MO_FILES); do \
		l=$${m#$(BUILD)/locale/}; \
		install -d $(DESTDIR)$(PREFIX)/share/locale/$${l%/*}; \
		install -m 644 $$m $(DESTDIR)$(PREFIX)/share/locale/$$l; \
	done

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/wolkenplan $(DESTDIR)$(PREFIX)/share/man/man1/wolkenplan.1
	rm -f $(DESTDIR)$(PREFIX)/share/locale/*/LC_MESSAGES/wolkenplan.mo

# Translations: msgids are German in the sources; po/en.po is the English catalogue.
# `make pot` extracts them, `make po-update` merges new ones into po/*.po (then translate
# the empty and fuzzy entries), `make po-check` (part of the tests) fails on any gap.
XGETTEXT_OPTS := --from-code=UTF-8 --language=C -k_ -kN_ -kngettext:1,2 \
	--add-comments=TRANSLATORS: --package-name=wolkenplan --package-version=$(VERSION) \
	--msgid-bugs-address=' ' --sort-by-file
I18N_SRC = $(sort $(wildcard model/*.[ch] data/*.[ch] cli/*.[ch] tui/*.[ch]))

pot:
	$(call say,XGETTEXT,po/wolkenplan.pot)
	$(Q)xgettext $(XGETTEXT_OPTS) -o po/wolkenplan.pot $(I18N_SRC)

po-update: pot
	$(Q)for p in $(PO_FILES); do msgmerge --quiet --update --backup=none $$p po/wolkenplan.pot \
		|| exit 1; done

po-check:
	@mkdir -p $(BUILD)/po
	$(Q)xgettext $(XGETTEXT_OPTS) -o $(BUILD)/po/wolkenplan.pot $(I18N_SRC)
	$(Q)for p in $(PO_FILES); do \
		l=$$(basename $$p .po); \
		msgmerge --quiet --no-fuzzy-matching -o $(BUILD)/po/$$l.po $$p \
			$(BUILD)/po/wolkenplan.pot || exit 1; \
		msgfmt --check -o /dev/null $$p || exit 1; \
		s=$$(LC_ALL=C msgfmt --statistics -o /dev/null $(BUILD)/po/$$l.po 2>&1); \
		case "$$s" in *untranslated*|*fuzzy*) \
			echo "$$p is incomplete for the current sources: $$s" >&2; \
			echo "Run 'make po-update', translate the empty and fuzzy entries in $$p" \
				"(remove the fuzzy flags), then 'make'." >&2; exit 1;; \
		esac; \
	done

clean:
	rm -rf build build-asan build-fuzz

# The dependency files -MMD -MP writes next to every object and program built from C
# sources here (tools/embed is built without them: it includes no project header).
DEP_FILES := $(patsubst %.o,%.d,$(MODEL_OBJ) $(DATA_OBJ) $(CLI_OBJ) $(TUI_OBJ) $(REPLAY_OBJ) \
	$(BUILD)/obj/tests/tui_harness.o) \
	$(patsubst %,%.d,$(TESTS) $(BENCHES) $(REPLAYS) $(BUILD)/tools/wp-gen \
	$(patsubst %,$(BUILD)/fuzz/fuzz_%,$(FUZZ_TARGETS)))
-include $(DEP_FILES)
