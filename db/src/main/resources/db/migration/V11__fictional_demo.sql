-- The demo corpus is invented: its outlets and articles say so, so pages and the API can label
-- them and `parallax demo --remove` can take them out with everything derived from them.
alter table outlets add column fictional boolean not null default false;
alter table articles add column fictional boolean not null default false;

create index articles_fictional_idx on articles (id) where fictional;
