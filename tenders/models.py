"""Tender and auction notices."""
