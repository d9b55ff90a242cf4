"""`manage.py benchmark`: Byline's speed and memory measured on throwaway data, never the user's."""
