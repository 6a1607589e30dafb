from click.testing import CliRunner

from opstools.cli import cli


def test_help_lists_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for name in ("snapshot", "cleanup", "watch"):
        assert name in result.output
