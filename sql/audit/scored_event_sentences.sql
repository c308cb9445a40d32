-- Every scored event with its sentence, in event order (scripts/happenings_vectors.py).
select e.event_id, s.text
from fact_events as e
inner join dim_sentences as s using (article_id, sentence_index)
where e.event_type <> 'other'
order by e.event_id
