"""The cleaners: each takes a :class:`~newsclean.document.Document` and returns a new one.

One module per cleaner; the registry in :mod:`newsclean.registry` fixes the default order.
"""
