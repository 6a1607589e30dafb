use assert_cmd::Command;

#[test]
fn reports_missing_key_column() {
    Command::cargo_bin("csvdiff")
        .unwrap()
        .args(["tests/a.csv", "tests/b.csv", "--key", "nope"])
        .assert()
        .failure();
}
