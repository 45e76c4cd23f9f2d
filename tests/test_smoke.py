from conftest import REPO, run_cli


def test_validate_shipped_repo() -> None:
    result = run_cli("validate", "--root", str(REPO))
    assert result.exit_code == 0, result.stdout + result.stderr
