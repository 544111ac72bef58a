"""Briefing-site generator: news articles in, who-said-what-when briefing pages out."""

__version__ = "0.1.0"
