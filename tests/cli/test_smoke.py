from helpers import KRONG_PA, run_cli


def test_validate_fixture_repository() -> None:
    result = run_cli("validate", "--root", str(KRONG_PA))
    assert result.exit_code == 0, result.stdout + result.stderr
