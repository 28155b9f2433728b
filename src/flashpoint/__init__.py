"""flashpoint: conflict news in, verifiable ACLED-style events out."""
__version__ = "0.1.0"
