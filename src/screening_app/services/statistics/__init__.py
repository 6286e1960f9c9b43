"""The clinic's statistics: counts by month for administrators and leaders, suppressed."""
