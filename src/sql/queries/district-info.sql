-- One district's name.
SELECT district_code, name FROM districts WHERE district_code = $district;
