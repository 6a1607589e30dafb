import os
import re
from pathlib import Path

from setuptools import find_packages, setup

HERE = Path(__file__).parent


def read_requirements(name: str) -> list[str]:
    lines = (HERE / name).read_text().splitlines()
    reqs = [re.sub(r"\s+#.*$", "", line).strip() for line in lines]
    return [r for r in reqs if r and not r.startswith(("#", "-"))]


def read_version() -> str:
    source = (HERE / "geoip_lookup" / "__init__.py").read_text()
    return re.search(r'__version__ = "([^"]+)"', source).group(1)


install_requires = read_requirements("requirements.in")
if os.environ.get("GEOIP_WITH_REDIS"):
    install_requires.append("redis>=5.0")

setup(
    name="geoip-lookup",
    version=read_version(),
    description="IP geolocation lookups as a library and a small JSON API",
    long_description=(HERE / "README.md").read_text(),
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=["tests"]),
    install_requires=install_requires,
    extras_require={"test": read_requirements("requirements-test.in")},
    python_requires=">=3.9",
)
