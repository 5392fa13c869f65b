# The two commands of the README. Each installs what it needs (pinned), then works.
.PHONY: run test
run:
	@bash scripts/run.sh
test:
	@bash scripts/test.sh
