-- parkdata schema, version 2: a park's document no longer nests its figures, which its
-- pd_observation rows already hold; holder says which park of the document holds each figure
-- ('' for the top-level park, 'subZones[1].subZones[0]' for a sub-zone), so loads put them back.
-- Documents saved under version 1 still nest their figures and have no holder; they load as they
-- were (the nested figures are read from the document) until saved again.
ALTER TABLE pd_observation ADD COLUMN holder VARCHAR;
